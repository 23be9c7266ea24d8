// The derived route facts (GraphModel.DERIVED): each route's calls in seq order, and each state's
// active routes and the ports they call at there.
CREATE CONSTRAINT route_calls_key IF NOT EXISTS FOR (c:RouteCalls) REQUIRE c.route IS UNIQUE;
CREATE CONSTRAINT state_routes_key IF NOT EXISTS FOR (e:StateRoutes) REQUIRE e.state IS UNIQUE;
