// Recomputes, for the states in $states, the active routes calling at their ports (StateRoutes, see
// GraphModel.DERIVED), so that countryPriorities reads them per state rather than every route's
// calls: the routes' ids in id order, each with whether it is invented for illustration (as its
// RouteCalls says, computed first by the same change), the UN/LOCODEs of the state's ports they call
// at, in order, each with whether only invented routes call there (without invented facts, such a
// port is on no route), and the ports each route passes before its last call at one of them
// (ports-before-last-call, as "locode routeId", in route then port order), so that
// liaisonCoverageGaps toward a bloc reads them per member rather than every route's calls.
// Nothing of it depends on a date: officer postings and seizure years are read with the analysis.
// A state with no active route at its ports, or no longer in the graph, keeps none.
CALL () {
  UNWIND $states AS iso2
  // CALLS_AT leads from a route only (GraphModel): no label test per call
  MATCH (:State {iso2: iso2})<-[:IN_STATE]-(port:Port)<-[:CALLS_AT]-(route)
  WITH DISTINCT iso2, port.locode AS locode, route
  // each route read once, whatever the number of its calls there, from its derived facts (PROFILE at
  // ten times national scale: judging whether a route is invented, per state and per port, was nine
  // tenths of the reads)
  WITH route.id AS routeId, collect({iso2: iso2, locode: locode}) AS calls
  MATCH (routeFacts:RouteCalls {route: routeId})
  WHERE routeFacts.active
  WITH routeId, routeFacts.illustrative AS illustrative, routeFacts.ports AS routePorts, calls
  UNWIND calls AS call
  WITH call.iso2 AS iso2, routeId, illustrative, routePorts, collect(call.locode) AS codes
  WITH iso2, routeId, illustrative, codes, {{ports-before-last-call(routePorts, codes)}} AS passed
  ORDER BY routeId
  WITH iso2, collect({id: routeId, illustrative: illustrative, codes: codes, passed: passed}) AS routes
  CALL (routes) {
    UNWIND routes AS route
    UNWIND route.codes AS locode
    WITH locode, count(CASE WHEN NOT route.illustrative THEN route.id END) = 0 AS onlyInvented
    ORDER BY locode
    RETURN collect({locode: locode, illustrative: onlyInvented}) AS ports
  }
  CALL (routes) {
    UNWIND routes AS route
    UNWIND route.passed AS locode
    WITH DISTINCT route.id AS routeId, locode
    ORDER BY routeId, locode
    RETURN collect(locode + ' ' + routeId) AS feeders
  }
  MERGE (exposure:StateRoutes {state: iso2})
  SET exposure.routes = [r IN routes | r.id], exposure.routeIllustrative = [r IN routes | r.illustrative],
      exposure.ports = [p IN ports | p.locode], exposure.portIllustrative = [p IN ports | p.illustrative],
      exposure.feeders = feeders
  RETURN collect(iso2) AS kept
}
UNWIND $states AS iso2
WITH iso2 WHERE NOT iso2 IN kept
MATCH (gone:StateRoutes {state: iso2})
DELETE gone
