// Ports that active routes call at before a call at a destination port, with no officer of the
// home state posted there on $asOf, by exposure, in one statement. The destination is the port
// $port, or every port of a state that is a member of bloc $bloc on $asOf; known says whether the
// graph holds it. The search starts from the destination's ports: only the routes calling at one
// of them are read, and then only those routes' calls before their last call there, from each
// route's calls in seq order as derived (RouteCalls), not one by one (PROFILE: matching every active route's calls and testing each for a later call at the
// destination read all routes times calls). The kilograms shipped from a port are read from its
// yearly totals (seizure-shipped-from: each seizure counted once, seizure-counted, invented ones
// with $includeIllustrative), one total per year rather than every seizure. One row: known, the
// gaps in order, each naming its routes by id, and the routes of all the gaps, each once with its
// grade (PROFILE at ten times national scale: sending every route with every port it passes, and
// grading every route that calls at the destination, were a third of the statement's reads). The
// routes and the facts with their grades are read only with $details (the request shows them):
// without, grading them was half of the statement's reads at ten times national scale.
OPTIONAL MATCH (destinationPort:Port {locode: $port})
OPTIONAL MATCH (bloc:Bloc {code: $bloc})
// the bloc's ports from its members (PROFILE: testing every port's state for membership read all ports)
WITH destinationPort IS NOT NULL OR bloc IS NOT NULL AS known,
     [p IN [destinationPort] WHERE p IS NOT NULL]
       + COLLECT { MATCH (bloc)<-[:MEMBER_OF]-(state:State)<-[:IN_STATE]-(p:Port)
                   WHERE {{in-bloc(state, $bloc, $asOf)}} RETURN DISTINCT p } AS destinations
OPTIONAL MATCH (home:State {iso2: $homeState})
CALL (destinations, home) {
  WITH destinations, home, [destination IN destinations | destination.locode] AS destinationCodes
  UNWIND destinations AS destination
  // CALLS_AT leads from a route only (GraphModel): no label test per call
  MATCH (route)-[:CALLS_AT]->(destination)
  WHERE route.active = true
  // each route's id read once, for its calls, the order and the answer
  WITH DISTINCT destinationCodes, route, route.id AS routeId
  // its calls in seq order, one derived property (RouteCalls, kept by every write and import): PROFILE
  // at ten times national scale, expanding each route's calls (a route holds many seizures) was two
  // thirds of the statement's reads; a call's position in the list is its seq
  MATCH (calls:RouteCalls {route: routeId})
  WITH destinationCodes, route, routeId, calls.ports AS ports
  WITH destinationCodes, route, routeId, ports,
       [i IN range(0, size(ports) - 1) WHERE ports[i] IN destinationCodes][-1] AS lastSeq
  UNWIND [i IN range(0, lastSeq - 1) WHERE NOT ports[i] IN destinationCodes | ports[i]] AS locode
  WITH DISTINCT locode, route, routeId ORDER BY routeId
  WITH locode, collect(route) AS routes, collect(routeId) AS routeIds
  WHERE size(routes) >= $minRoutes
  MATCH (port:Port {locode: locode})
  CALL (port, home) {
    // The home state's officers ever posted there; on a gap, none of them on $asOf.
    OPTIONAL MATCH (officer:LiaisonOfficer)-[:POSTED_AT]->(port)
    WHERE EXISTS { (officer)-[:SENT_BY]->(:Agency)-[:BELONGS_TO]->(home) }
    WITH officer ORDER BY officer.id
    RETURN collect(officer) AS homeOfficers
  }
  // only a port where one of them was posted can be covered, so port-covered is asked only there
  // (PROFILE at ten times national scale: its plan read each port's officers once per home agency)
  WITH port, routes, routeIds, homeOfficers
  WHERE size(homeOfficers) = 0 OR NOT {{port-covered(port, home, $asOf)}}
  WITH port, routes, routeIds, homeOfficers, {{seizure-total-place('Port', port.locode)}} AS portPlace
  OPTIONAL MATCH (port)-[:IN_STATE]->(state:State)
  // the port's yearly totals, never its seizures one by one
  WITH port, state, routes, routeIds, homeOfficers, portPlace,
       // a seek on the (place, year) key's index, forced: on a graph with few totals the planner may
       // scan every total instead (year IS NOT NULL, always true, lets the key's index serve); the
       // years come from the index, not from each total (PROFILE at ten times national scale: half
       // the totals' reads without $details, where their grades are not read: the answer lists no totals)
       COLLECT { MATCH (portTotal:SeizureTotal {place: portPlace})
                 USING INDEX SEEK portTotal:SeizureTotal(place, year)
                 WHERE portTotal.year IS NOT NULL
                 WITH portTotal, portTotal.year AS year ORDER BY year
                 WITH year, CASE WHEN $details THEN {{seizure-shipped-from(portTotal, $includeIllustrative)}}
                                 ELSE {{seizure-shipped-from-amount(portTotal, $includeIllustrative)}} END AS shipped
                 WHERE shipped.count > 0
                 RETURN {year: year, shipped: shipped} } AS shippedByYear
  WITH port, state, routes, routeIds, homeOfficers, portPlace, shippedByYear,
       reduce(kg = 0.0, y IN shippedByYear | kg + y.shipped.kg) AS seizedKg
  ORDER BY size(routes) DESC, seizedKg DESC, port.locode
  WITH collect({port: port, state: state, routes: routeIds, seizedKg: seizedKg,
                otherOfficers: homeOfficers, portPlace: portPlace, shippedByYear: shippedByYear,
                facts: CASE WHEN $details THEN [{{used-fact(port)}}] ELSE [] END}) AS gaps,
       collect(routes) AS routesOfGaps
  // each route sent and graded once, however many gaps it passes through, and only if one does
  CALL (routesOfGaps) {
    UNWIND CASE WHEN $details THEN routesOfGaps ELSE [] END AS routesOfGap
    UNWIND routesOfGap AS route
    WITH DISTINCT route
    RETURN collect(route) AS routes, collect({{used-fact(route)}}) AS routeFacts
  }
  RETURN gaps, routes, routeFacts
}
RETURN known, gaps, routes, routeFacts
