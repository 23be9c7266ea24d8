// The facts behind the components of the states countryPriorities ranked ($states, in $year), one
// row per state, graded: the active routes calling at its ports with their ports and seizure totals
// (in route id order), its ports on them with and without a home-state liaison officer on $asOf,
// its bilateral treaties in force with their clauses and home-side parties (bilateral-treaties-of),
// and the graded facts of its routes and of the sanction measures against it. The ranking pass
// (country-priorities) computed the raw values from the same facts by the same fragments, in the
// same read transaction. Facts invented for illustration count only with $includeIllustrative.
MATCH (home:State {iso2: $homeState})
WITH home, {{home-side(home, $asOf)}} AS homeSide
CALL (homeSide) {
  {{bilateral-treaties-by-state(homeSide, $asOf)}}
}
MATCH (s:State)
WHERE s.iso2 IN $states
CALL (s) {
  MATCH (s)<-[:IN_STATE]-(p:Port)<-[:CALLS_AT]-(r:TraffickingRoute {active: true})
  WHERE $includeIllustrative OR NOT {{illustrative(r)}}
  WITH r, p ORDER BY p.locode
  WITH r, collect(DISTINCT p) AS ports ORDER BY r.id
  WITH r, ports, {{seizure-total-place('TraffickingRoute', r.id)}} AS routePlace
  WITH r, ports, routePlace, {{seizure-total(routePlace, $year, $includeIllustrative)}} AS routeSeized
  RETURN collect({
    route: r,
    ports: ports,
    place: routePlace,
    seized: routeSeized
  }) AS routes
}
// the ports on those routes, each once: the ports of the state on an active route
CALL (home, routes) {
  UNWIND routes AS route
  UNWIND route.ports AS p
  WITH DISTINCT p ORDER BY p.locode
  RETURN collect({port: p, covered: {{port-covered(p, home, $asOf)}}}) AS activePorts
}
CALL (s, bilateralByState, homeSide) {
  WITH s, bilateralByState, homeSide, true AS details
  {{bilateral-treaties-of(s, bilateralByState, homeSide, $asOf, details)}}
}
WITH s, routes, activePorts, treaties,
  COLLECT { MATCH (m:SanctionMeasure)-[:TARGETS]->(s) WHERE $includeIllustrative OR NOT {{illustrative(m)}}
            RETURN m ORDER BY m.id } AS measures
RETURN s.iso2 AS iso2, routes, activePorts, treaties,
  [fact IN measures + [route IN routes | route.route] | {{used-fact(fact)}}] AS facts
