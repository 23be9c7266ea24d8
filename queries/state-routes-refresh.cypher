// Recomputes, for the states in $states, the active routes calling at their ports (StateRoutes, see
// GraphModel.DERIVED), so that countryPriorities reads them per state rather than every route's
// calls: the routes' ids in id order, each with whether it is invented for illustration (the
// illustrative rule), and the UN/LOCODEs of the state's ports they call at, in order, each with
// whether only invented routes call there (without invented facts, such a port is on no route).
// Nothing of it depends on a date: officer postings and seizure years are read with the analysis.
// A state with no active route at its ports, or no longer in the graph, keeps none.
UNWIND $states AS iso2
OPTIONAL MATCH (state:State {iso2: iso2})
WITH iso2,
  COLLECT { MATCH (state)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(route:TraffickingRoute)
            WHERE route.active
            WITH DISTINCT route
            WITH route.id AS routeId, {{illustrative(route)}} AS illustrative ORDER BY routeId
            RETURN {id: routeId, illustrative: illustrative} } AS routes,
  COLLECT { MATCH (state)<-[:IN_STATE]-(port:Port)<-[:CALLS_AT]-(route:TraffickingRoute)
            WHERE route.active
            WITH DISTINCT port, route
            WITH port.locode AS locode, count(CASE WHEN NOT {{illustrative(route)}} THEN route END) = 0 AS illustrative
            ORDER BY locode
            RETURN {locode: locode, illustrative: illustrative} } AS ports
CALL (iso2, routes, ports) {
  WITH iso2, routes, ports WHERE size(routes) > 0
  MERGE (exposure:StateRoutes {state: iso2})
  SET exposure.routes = [r IN routes | r.id], exposure.routeIllustrative = [r IN routes | r.illustrative],
      exposure.ports = [p IN ports | p.locode], exposure.portIllustrative = [p IN ports | p.illustrative]
}
CALL (iso2, routes) {
  WITH iso2, routes WHERE size(routes) = 0
  MATCH (gone:StateRoutes {state: iso2})
  DELETE gone
}
FINISH
