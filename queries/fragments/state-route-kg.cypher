// The seizure totals of a state's active routes in a year as countryPriorities weighs them: the sum of
// its routes' kilograms that every write and import keeps in StateRouteTotals
// (queries/state-route-totals-refresh.cypher, through seizure-total-of), over the real routes and
// seizures or, with includeIllustrative, over every route with invented seizures too. No such fact
// (no route of the state has seizures in the year): 0 kg, as seizure-total-of reads a missing total.
// parameters: state, year, includeIllustrative
coalesce(head(COLLECT { MATCH (routeTotals:StateRouteTotals {state: {state}, year: {year}})
                        RETURN CASE WHEN {includeIllustrative} THEN routeTotals.kgWithIllustrative
                                    ELSE routeTotals.kg END }),
         0.0)
