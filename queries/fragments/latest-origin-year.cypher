// The body of a CALL subquery: the latest year in which seizures shipped from a state or its ports
// count toward it (a state's SeizureTotal, kept with seizure-counted), among the seizures that count
// ($includeIllustrative or not invented), as column `latestYear`: the year the country analyses judge
// by default, the last for which origins can be ranked. Read in year order, latest first.
// parameters:
RETURN head(COLLECT { MATCH (originTotal:SeizureTotal)
                      WHERE originTotal.year IS NOT NULL
                        AND originTotal.place STARTS WITH {{seizure-total-place('State', '')}}
                        AND CASE WHEN $includeIllustrative THEN originTotal.countWithIllustrative
                                 ELSE originTotal.count END > 0
                      RETURN originTotal.year ORDER BY originTotal.year DESC LIMIT 1 }) AS latestYear
