// The raw facts behind every factor of countryPriorities, one row per state compared: the states
// other than the home state (and its bloc partners unless $includeBlocPartners) with a port on an
// active route or seizures in $year (default: the latest year with seizures) shipped from them or
// their ports, each seizure counted once (seizure-counted: a breakdown, not its total). Facts
// invented for illustration (routes, seizures, prison figures, measures) count only with
// $includeIllustrative. Scoring and normalisation happen in Java.
CALL () {
  {{latest-origin-year()}}
}
WITH coalesce($year, latestYear, $asOf.year) AS year
MATCH (home:State {iso2: $homeState})
WITH year, home, {{home-side(home, $asOf)}} AS homeSide
MATCH (s:State)
WHERE s <> home
  AND ($includeBlocPartners OR NOT {{bloc-partner(s, homeSide, $asOf)}})
  AND (EXISTS { MATCH (s)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(r:TraffickingRoute {active: true})
                WHERE $includeIllustrative OR NOT {{illustrative(r)}} }
       OR EXISTS { MATCH (z:Seizure)
                   WHERE z.seizedOn.year = year AND {{seizure-counted(z, s, $includeIllustrative)}} })
CALL (s, year) {
  MATCH (s)<-[:IN_STATE]-(p:Port)<-[:CALLS_AT]-(r:TraffickingRoute {active: true})
  WHERE $includeIllustrative OR NOT {{illustrative(r)}}
  WITH r, p ORDER BY p.locode
  WITH r, collect(DISTINCT p) AS ports ORDER BY r.id
  WITH r, ports, COLLECT { MATCH (z:Seizure)-[:ON_ROUTE]->(r)
                           WHERE z.seizedOn.year = year AND {{seizure-counted(z, r, $includeIllustrative)}}
                           RETURN z ORDER BY z.id } AS routeSeizures
  RETURN collect({
    route: r,
    ports: ports,
    seizures: routeSeizures,
    seizedKg: reduce(kg = 0.0, z IN routeSeizures | kg + z.quantityKg)
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
WITH s, home, year, routes, rating, treaties, referenceDate, detained,
  COLLECT {
    MATCH (z:Seizure)
    WHERE z.seizedOn.year = year AND {{seizure-counted(z, s, $includeIllustrative)}}
    WITH z ORDER BY z.seizedOn, z.id RETURN z
  } AS seizures,
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
RETURN s, home, year, routes, rating, treaties, referenceDate, detained, seizures, activePorts, measures,
  [fact IN seizures + measures + reduce(all = [], route IN routes | all + [route.route] + route.seizures)
     + reduce(all = [], port IN activePorts | all + port.routes) | {{used-fact(fact)}}] AS facts
