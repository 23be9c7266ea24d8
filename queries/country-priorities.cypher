// The raw facts behind every factor of countryPriorities, one row per state compared: the states
// other than the home state (and its bloc partners unless $includeBlocPartners) with a port on an
// active route or seizures in $year (default: the latest year with seizures) shipped from them or
// their ports. Seizures are read as the yearly totals of the state and of each route
// (seizure-total: each seizure counted once, seizure-counted, kept by every write and import), never
// one by one. Facts invented for illustration (routes, seizures, prison figures, measures) count only
// with $includeIllustrative. Scoring and normalisation happen in Java.
// Two passes of this one text (CountryPrioritiesQueries): with $states null, every state compared
// with only what its raw values are computed from (no route, port or treaty fact graded, no route or
// port node sent), which the ranking needs; then, with $states the ranked states, those states alone
// with every fact their answer lists, graded.
// What does not depend on the state (the reference date of the prison figures, the bilateral
// treaties in force) is read once, before the states; each route and each port is read once per state.
CALL () {
  {{latest-origin-year()}}
}
WITH coalesce($year, latestYear, $asOf.year) AS year
MATCH (home:State {iso2: $homeState})
WITH year, home, {{home-side(home, $asOf)}} AS homeSide,
  // the prison figures of the latest reference date by the end of the year (and not after $asOf)
  CASE WHEN date({year: year, month: 12, day: 31}) < $asOf THEN date({year: year, month: 12, day: 31})
       ELSE $asOf END AS figuresOn
WITH year, home, homeSide, {{latest-detention-date(home, figuresOn, $includeIllustrative)}} AS referenceDate
CALL (homeSide) {
  {{bilateral-treaties-by-state(homeSide, $asOf)}}
}
WITH *, {{bloc-partners(homeSide, $asOf)}} AS partners
MATCH (s:State)
WHERE s <> home AND ($states IS NULL OR s.iso2 IN $states)
  AND ($includeBlocPartners OR NOT s IN partners)
WITH year, home, homeSide, referenceDate, bilateralByState, s, {{seizure-total-place('State', s.iso2)}} AS statePlace
WITH year, home, homeSide, referenceDate, bilateralByState, s, statePlace,
  {{seizure-total(statePlace, year, $includeIllustrative)}} AS seized
WHERE seized.count > 0
   OR EXISTS { MATCH (s)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(r:TraffickingRoute {active: true})
               WHERE $includeIllustrative OR NOT {{illustrative(r)}} }
CALL (s, year) {
  MATCH (s)<-[:IN_STATE]-(p:Port)<-[:CALLS_AT]-(r:TraffickingRoute {active: true})
  WHERE $includeIllustrative OR NOT {{illustrative(r)}}
  WITH year, r, p ORDER BY p.locode
  WITH year, r, collect(DISTINCT p) AS ports ORDER BY r.id
  WITH year, r, ports, {{seizure-total-place('TraffickingRoute', r.id)}} AS routePlace
  WITH r, ports, routePlace, {{seizure-total(routePlace, year, $includeIllustrative)}} AS routeSeized
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
CALL (s, year) {
  {{latest-rating(s, year)}}
}
CALL (s, bilateralByState, homeSide) {
  WITH s, bilateralByState, homeSide, $states IS NOT NULL AS details
  {{bilateral-treaties-of(s, bilateralByState, homeSide, $asOf, details)}}
}
CALL (s, home, referenceDate) {
  {{detained-figure(s, home, referenceDate, $includeIllustrative)}}
}
WITH s, home, year, routes, activePorts, rating, treaties, referenceDate, detained, statePlace, seized,
  COLLECT { MATCH (m:SanctionMeasure)-[:TARGETS]->(s) WHERE $includeIllustrative OR NOT {{illustrative(m)}}
            RETURN m ORDER BY m.id } AS measures
// the facts a component may use, graded (the treaties carry theirs from bilateral-treaties-of); in
// the first pass only what the raw values need: each route's total, whether each port is covered
WITH *, $states IS NOT NULL AS details
RETURN s, home, year, rating, treaties, referenceDate, detained, statePlace, seized, measures,
  CASE WHEN details THEN routes ELSE [route IN routes | {place: route.place, seized: route.seized}] END AS routes,
  CASE WHEN details THEN activePorts ELSE [port IN activePorts | {covered: port.covered}] END AS activePorts,
  CASE WHEN details THEN [fact IN measures + [route IN routes | route.route] | {{used-fact(fact)}}] ELSE [] END AS facts
