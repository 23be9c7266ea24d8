// Recomputes, for the states and years in $keys ({state, year}; a null year: every year), the yearly
// seizure totals of each state's active routes (StateRouteTotals, see GraphModel.DERIVED), so that
// countryPriorities reads two figures per state rather than every route's total (PROFILE at ten times
// national scale: 15,306 route totals read and 39,250 state-route pairs grouped by route and back
// were most of its time): over the routes as StateRoutes holds them (in route id order, each with
// whether it is invented), the sum of each route's kilograms in the year as seizure-total-of reads
// them, over the real routes and seizures (kg) and over every route with invented seizures too
// (kgWithIllustrative). Sums, not a list per route: the route exposure weighs each route's kilograms
// linearly (RouteExposure), and the record store decodes a list of decimals bit by bit (a Flight
// Recorder profile at ten times national scale: a third of countryPriorities' time read the lists).
// A year in which both sums are 0 kg keeps none, so neither does a year with no route total: the
// analysis reads 0 kg then (state-route-kg), as seizure-total-of reads a missing total. A state with
// no active route, or no longer in the graph, keeps none.
UNWIND $keys AS k
OPTIONAL MATCH (exposure:StateRoutes {state: k.state})
CALL (k, exposure) {
  WITH k, exposure WHERE exposure IS NOT NULL
  WITH k, exposure.routes AS routes, exposure.routeIllustrative AS routeIllustrative
  // the year asked, or every year in which one of the routes has a total
  CALL (k, routes) {
    WITH k, routes WHERE k.year IS NULL
    UNWIND routes AS routeId
    MATCH (routeTotal:SeizureTotal {place: {{seizure-total-place('TraffickingRoute', routeId)}}})
    RETURN DISTINCT routeTotal.year AS year
    UNION
    WITH k WHERE k.year IS NOT NULL
    RETURN k.year AS year
  }
  CALL (routes, routeIllustrative, year) {
    UNWIND range(0, size(routes) - 1) AS i
    WITH i, routes[i] AS routeId, routeIllustrative[i] AS illustrative
    WITH i, illustrative, {{seizure-total-place('TraffickingRoute', routeId)}} AS routePlace
    // one seek per route for both figures (PROFILE at ten times national scale: seizure-total's
    // subquery, twice per route, took three times as long for a write's four states)
    OPTIONAL MATCH (routeTotal:SeizureTotal {place: routePlace, year: year})
    WITH i, illustrative, {{seizure-total-of(routeTotal, false)}}.kg AS kg,
         {{seizure-total-of(routeTotal, true)}}.kg AS kgWithIllustrative
    // added in route id order, so that computing them again gives the same last digits
    ORDER BY i
    RETURN sum(CASE WHEN NOT illustrative THEN kg ELSE 0.0 END) AS kg, sum(kgWithIllustrative) AS kgWithIllustrative
  }
  WITH k, year, kg, kgWithIllustrative
  WHERE kg <> 0.0 OR kgWithIllustrative <> 0.0
  MERGE (routeTotals:StateRouteTotals {state: k.state, year: year})
  SET routeTotals.kg = kg, routeTotals.kgWithIllustrative = kgWithIllustrative
  RETURN collect(year) AS kept
}
// the facts are updated in place, so that computing them again changes nothing that did not change
CALL (k, kept) {
  MATCH (old:StateRouteTotals {state: k.state})
  WHERE (k.year IS NULL OR old.year = k.year) AND NOT old.year IN coalesce(kept, [])
  DELETE old
}
FINISH
