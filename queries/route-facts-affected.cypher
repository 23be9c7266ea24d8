// The routes and states whose derived route facts (RouteCalls, StateRoutes, see GraphModel.DERIVED)
// a change may alter, as one row {routes, states}: the routes changed ($routes), those a changed
// source grades ($sources), those whose stored calls name a removed port ($removedPorts); then the
// states of the ports those routes call at now, the states whose stored routes or ports name one of
// them or a changed port ($ports), those ports' states now, and the states changed ($states).
CALL () {
  UNWIND $routes AS id
  RETURN id
  UNION
  UNWIND $sources AS id
  MATCH (:Source {id: id})<-[:SUPPORTED_BY]-(route:TraffickingRoute)
  RETURN route.id AS id
  UNION
  // every route's stored calls are read only when a port was removed
  UNWIND CASE WHEN size($removedPorts) > 0 THEN [true] ELSE [] END AS removed
  MATCH (calls:RouteCalls)
  WHERE any(locode IN calls.ports WHERE locode IN $removedPorts)
  RETURN calls.route AS id
}
WITH collect(id) AS routes
CALL (routes) {
  CALL (routes) {
    UNWIND routes AS id
    MATCH (:TraffickingRoute {id: id})-[:CALLS_AT]->(:Port)-[:IN_STATE]->(state:State)
    RETURN state.iso2 AS iso2
    UNION
    MATCH (exposure:StateRoutes)
    WHERE any(id IN exposure.routes WHERE id IN routes) OR any(locode IN exposure.ports WHERE locode IN $ports)
    RETURN exposure.state AS iso2
    UNION
    UNWIND $ports AS locode
    MATCH (:Port {locode: locode})-[:IN_STATE]->(state:State)
    RETURN state.iso2 AS iso2
    UNION
    UNWIND $states AS iso2
    RETURN iso2
  }
  RETURN collect(iso2) AS states
}
RETURN routes, states
