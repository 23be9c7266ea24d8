// Recomputes the calls of the routes in $routes (RouteCalls, see GraphModel.DERIVED): the UN/LOCODEs
// of the ports each calls at, in seq order (calls are numbered from 0 without gaps, WriteRules), so
// that an analysis reads a route's calls as one property rather than expanding them one by one
// (PROFILE at ten times national scale: a route holds many seizures, so expanding its calls read
// four times as much as the calls); with whether it is active and whether it is invented for
// illustration (the illustrative rule), which StateRoutes reads rather than judging each route again.
// A route that no longer exists keeps none.
UNWIND $routes AS routeId
OPTIONAL MATCH (route:TraffickingRoute {id: routeId})
CALL (route) {
  WITH route WHERE route IS NOT NULL
  OPTIONAL MATCH (route)-[call:CALLS_AT]->(port:Port)
  WITH route, call, port ORDER BY call.seq
  WITH route, collect(port.locode) AS ports
  MERGE (calls:RouteCalls {route: route.id})
  SET calls.ports = ports, calls.active = route.active = true, calls.illustrative = {{illustrative(route)}}
}
CALL (route, routeId) {
  WITH route, routeId WHERE route IS NULL
  MATCH (gone:RouteCalls {route: routeId})
  DELETE gone
}
FINISH
