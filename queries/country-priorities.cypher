// The ranking pass of countryPriorities: for every state compared, the raw values of its factors
// as aggregates, one row per state. The states compared are those other than the home state (and
// its bloc partners unless $includeBlocPartners) with a port on an active route or seizures in
// $year (default: the latest year with seizures) shipped from them or their ports. Seizures are read
// as the yearly totals of the state and of each route (seizure-total: each seizure counted once,
// seizure-counted, kept by every write and import), never one by one. Facts invented for
// illustration (routes, seizures, prison figures, measures) count only with $includeIllustrative.
// Scoring and normalisation happen in Java (CountryPrioritiesQueries), which then reads the facts
// of the ranked states alone with country-priorities-facts.
// No list of routes, ports or treaties leaves the statement: per state, how many active routes call
// at its ports (routeCount) and their seizure totals summed (routeKg), how many of its ports on them
// have no home-state liaison officer (uncoveredPorts), and each kind of clause ({type, binding}) its
// bilateral treaties in force have (clauseKinds), which the rules in Java weigh. What does not depend on the state (the
// reference date of the prison figures, the bilateral treaties in force, the routes) is read once,
// before the states; each route's total is read once, whatever the number of states it calls at.
// the latest year with seizures only when no year is asked (at ten times national scale it reads
// every state's totals)
OPTIONAL CALL () {
  UNWIND CASE WHEN $year IS NULL THEN [true] ELSE [] END AS noYearAsked
  {{latest-origin-year()}}
}
WITH coalesce($year, latestYear, $asOf.year) AS year
MATCH (home:State {iso2: $homeState})
WITH year, home, {{home-side(home, $asOf)}} AS homeSide,
  // the prison figures of the latest reference date by the end of the year (and not after $asOf)
  CASE WHEN date({year: year, month: 12, day: 31}) < $asOf THEN date({year: year, month: 12, day: 31})
       ELSE $asOf END AS figuresOn
WITH year, home, homeSide, {{latest-detention-date(home, figuresOn, $includeIllustrative)}} AS referenceDate
// the clause kinds of the bilateral treaties in force, derived (no treaty read)
CALL (home) {
  {{bilateral-clause-kinds-by-state(home, $asOf)}}
}
WITH *, {{bloc-partners(homeSide, $asOf)}} AS partners
// the active routes calling at the ports of the states compared, grouped by state
CALL (year, home, partners) {
  // each state's active routes and the ports they call at there, derived (StateRoutes, kept by every
  // write and import): PROFILE at ten times national scale, reading every route's calls and grouping
  // them by state was two thirds of this pass
  MATCH (exposure:StateRoutes)
  MATCH (s:State {iso2: exposure.state})
  WHERE s <> home AND ($includeBlocPartners OR NOT s IN partners)
  // each list read once (an element of a property is read again from the store each time)
  WITH year, home, s, exposure.state AS iso2, exposure.routeIllustrative AS routeIllustrative,
       exposure.ports AS ports, exposure.portIllustrative AS portIllustrative
  WITH year, home, s, iso2, size([illustrative IN routeIllustrative WHERE $includeIllustrative OR NOT illustrative]) AS routeCount,
       [i IN range(0, size(ports) - 1) WHERE $includeIllustrative OR NOT portIllustrative[i] | ports[i]] AS locodes
  WHERE routeCount > 0
  // each port once: whether a home-state officer is posted there on $asOf; only a port where some
  // officer is posted can be covered, so port-covered is asked only there (PROFILE at ten times
  // national scale: asked of every port, its plan read each port's officers once per home agency)
  CALL (home, locodes) {
    UNWIND locodes AS locode
    MATCH (p:Port {locode: locode})
    WHERE EXISTS { (p)<-[:POSTED_AT]-() }
    WITH p WHERE {{port-covered(p, home, $asOf)}}
    WITH count(p) AS covered
    RETURN size(locodes) - covered AS uncoveredPorts
  }
  // the totals of its routes, derived (StateRouteTotals, kept by every write and import): PROFILE at
  // ten times national scale, reading each route's total and grouping 39,250 state-route pairs by
  // route and back was most of this pass
  WITH s, routeCount, uncoveredPorts, {{state-route-kg(iso2, year, $includeIllustrative)}} AS routeKg
  RETURN collect({state: s, uncoveredPorts: uncoveredPorts, routeCount: routeCount, routeKg: routeKg}) AS routesByState
}
MATCH (s:State)
WHERE s <> home AND ($includeBlocPartners OR NOT s IN partners)
WITH year, home, referenceDate, bilateralByState, s, head([exposure IN routesByState WHERE exposure.state = s]) AS exposure,
  {{seizure-total-place('State', s.iso2)}} AS statePlace
WITH year, home, referenceDate, bilateralByState, s, exposure, statePlace,
  {{seizure-total(statePlace, year, $includeIllustrative)}} AS seized
WHERE seized.count > 0 OR exposure IS NOT NULL
CALL (s, year) {
  {{latest-rating(s, year)}}
}
CALL (s, bilateralByState) {
  RETURN coalesce(head([shared IN bilateralByState WHERE shared.state = s | shared.kinds]), []) AS clauseKinds
}
CALL (s, home, referenceDate) {
  {{detained-figure(s, home, referenceDate, $includeIllustrative)}}
}
RETURN s, home, year, rating, referenceDate, detained, statePlace, seized, clauseKinds,
  coalesce(exposure.routeCount, 0) AS routeCount, coalesce(exposure.routeKg, 0.0) AS routeKg,
  coalesce(exposure.uncoveredPorts, 0) AS uncoveredPorts,
  COLLECT { MATCH (m:SanctionMeasure)-[:TARGETS]->(s) WHERE $includeIllustrative OR NOT {{illustrative(m)}}
            RETURN m ORDER BY m.id } AS measures
