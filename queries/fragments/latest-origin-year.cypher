// The body of a CALL subquery: the latest year with a seizure whose port of origin is known, among
// the seizures that count ($includeIllustrative or not invented), as column `latestYear`: the year
// the country analyses judge by default, the last for which origins can be ranked.
// parameters:
MATCH (z:Seizure)-[:SHIPPED_FROM]->(:Port)
WHERE $includeIllustrative OR NOT {{illustrative(z)}}
RETURN max(z.seizedOn.year) AS latestYear
