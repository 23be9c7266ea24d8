// The raw facts behind every factor of countryPriorities, one row per state compared: the states
// other than the home state (and its bloc partners unless $includeBlocPartners) with a port on an
// active route or seizures in $year (default: the latest year with seizures) shipped from them or
// their ports. Seizures are read as the yearly totals of the state and of each route
// (seizure-total: each seizure counted once, seizure-counted, kept by every write and import), never
// one by one. Facts invented for illustration (routes, seizures, prison figures, measures) count only
// with $includeIllustrative. Scoring and normalisation happen in Java.
CALL () {
  {{latest-origin-year()}}
}
WITH coalesce($year, latestYear, $asOf.year) AS year
MATCH (home:State {iso2: $homeState})
WITH year, home, {{home-side(home, $asOf)}} AS homeSide
MATCH (s:State)
WHERE s <> home
  AND ($includeBlocPartners OR NOT {{bloc-partner(s, homeSide, $asOf)}})
WITH year, home, homeSide, s, {{seizure-total-place('State', s.iso2)}} AS statePlace
WITH year, home, homeSide, s, statePlace, {{seizure-total(statePlace, year, $includeIllustrative)}} AS seized
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
CALL (s, year) {
  {{latest-rating(s, year)}}
}
CALL (s, home, homeSide) {
  {{shared-treaties(s, homeSide, $asOf)}}
}
// the prison figures of the latest reference date by the end of the year (and not after $asOf)
CALL (s, home, year) {
  WITH s, home, CASE WHEN date({year: year, month: 12, day: 31}) < $asOf THEN date({year: year, month: 12, day: 31})
                     ELSE $asOf END AS figuresOn
  {{detained-on(s, home, figuresOn, $includeIllustrative)}}
}
WITH s, home, year, routes, rating, treaties, referenceDate, detained, statePlace, seized,
  COLLECT {
    MATCH (s)<-[:IN_STATE]-(p:Port)
    WHERE EXISTS { MATCH (p)<-[:CALLS_AT]-(r:TraffickingRoute {active: true})
                   WHERE $includeIllustrative OR NOT {{illustrative(r)}} }
    WITH p ORDER BY p.locode
    RETURN {port: p, covered: {{port-covered(p, home, $asOf)}},
            routes: COLLECT { MATCH (p)<-[:CALLS_AT]-(r:TraffickingRoute {active: true})
                              WHERE $includeIllustrative OR NOT {{illustrative(r)}} RETURN DISTINCT r ORDER BY r.id }}
  } AS activePorts,
  COLLECT { MATCH (m:SanctionMeasure)-[:TARGETS]->(s) WHERE $includeIllustrative OR NOT {{illustrative(m)}}
            RETURN m ORDER BY m.id } AS measures
// the facts a component may use, graded (the treaties carry theirs from shared-treaties)
RETURN s, home, year, routes, rating, treaties, referenceDate, detained, statePlace, seized, activePorts, measures,
  [fact IN measures + [route IN routes | route.route]
     + reduce(all = [], port IN activePorts | all + port.routes) | {{used-fact(fact)}}] AS facts
