// The body of a CALL subquery: the latest year in which seizures shipped from a state or its ports
// count toward it (a state's SeizureTotal, kept with seizure-counted), among the seizures that count
// ($includeIllustrative or not invented), as column `latestYear`: the year the country analyses judge
// by default, the last for which origins can be ranked. An aggregate over the states' totals, not a
// read in year order: Neo4j 2026.08's planner failed some plans of the ordered read
// ("insertCachedProperties: originTotal.year should not appear non-cached").
// parameters:
RETURN COLLECT { MATCH (originTotal:SeizureTotal)
                 WHERE originTotal.place STARTS WITH {{seizure-total-place('State', '')}}
                   AND CASE WHEN $includeIllustrative THEN originTotal.countWithIllustrative
                            ELSE originTotal.count END > 0
                 RETURN max(originTotal.year) }[0] AS latestYear
