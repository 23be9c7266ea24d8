// The body of a CALL subquery: the latest year with a seizure whose origin (port or state) is known, among
// the seizures that count ($includeIllustrative or not invented), as column `latestYear`: the year
// the country analyses judge by default, the last for which origins can be ranked.
// parameters:
MATCH (z:Seizure)-[:SHIPPED_FROM|SHIPPED_FROM_STATE]->()
WHERE $includeIllustrative OR NOT {{illustrative(z)}}
RETURN max(z.seizedOn.year) AS latestYear
