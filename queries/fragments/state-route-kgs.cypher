// The seizure totals of a state's active routes in a year as countryPriorities weighs them: the
// kilograms of each route (in route id order) that every write and import keeps in StateRouteTotals
// (queries/state-route-totals-refresh.cypher, through seizure-total-of), over the real routes and
// seizures or, with includeIllustrative, over every route with invented seizures too. No such fact
// (no route of the state has seizures in the year): 0 kg for each of its routeCount routes, as
// seizure-total-of reads a missing total.
// parameters: state, year, includeIllustrative, routeCount
coalesce(head(COLLECT { MATCH (routeTotals:StateRouteTotals {state: {state}, year: {year}})
                        RETURN CASE WHEN {includeIllustrative} THEN routeTotals.kgsWithIllustrative
                                    ELSE routeTotals.kgs END }),
         [routeIndex IN range(1, {routeCount}) | 0.0])
