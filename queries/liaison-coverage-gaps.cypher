// Ports that active routes call at before a call at a destination port, with no officer of the
// home state posted there on $asOf, by exposure, in one statement. The destination is the port
// $port, or every port of a state that is a member of bloc $bloc on $asOf; known says whether the
// graph holds it. The search starts from the destination: only the active routes calling at it are
// read (a bloc's from its members' StateRoutes), and then only the ports those routes pass before their
// last call there, as derived (a route's RouteCalls toward a port, the members' StateRoutes toward a
// bloc), not call by call (PROFILE:
// matching every active route's calls and testing each for a later call at the destination read all
// routes times calls). The kilograms shipped from a port are one derived figure per port
// (port-shipped-from-kg: its yearly totals added, each seizure counted once, seizure-counted,
// invented ones with $includeIllustrative), not its seizures nor its years. One row: known, the gaps in
// order, each naming its state by id and counting its routes (naming them by id with $details), the
// gaps' states once, and the routes of all the gaps, each once with its grade (PROFILE at ten times national scale: sending every route with every
// port it passes, and grading every route that calls at the destination, were a third of the
// statement's reads). The routes,
// the yearly totals and the facts with their grades are read only with $details (the request shows
// them): without, grading them was half of the statement's reads at ten times national scale.
OPTIONAL MATCH (destinationPort:Port {locode: $port})
OPTIONAL MATCH (bloc:Bloc {code: $bloc})
OPTIONAL MATCH (home:State {iso2: $homeState})
// The active routes calling at the destination and the destination's ports they call at (no other
// port of the destination is on any of them): toward a port, the routes of its calls; toward a bloc,
// the routes and ports of its members on $asOf as each member's StateRoutes holds them (PROFILE at
// ten times national scale: expanding the calls of every port of the bloc and reading each route's
// active flag was a fifth of the statement's reads).
WITH home, destinationPort IS NOT NULL OR bloc IS NOT NULL AS known,
     [p IN [destinationPort] WHERE p IS NOT NULL | p.locode] AS portCodes,
     // CALLS_AT leads from a route only (GraphModel): no label test per call
     COLLECT { MATCH (route)-[:CALLS_AT]->(destinationPort)
               WHERE route.active = true
               RETURN DISTINCT route.id } AS portRoutes,
     COLLECT { MATCH (bloc)<-[:MEMBER_OF]-(state)
               WHERE {{in-bloc(state, $bloc, $asOf)}}
               WITH DISTINCT state
               MATCH (exposure:StateRoutes {state: state.iso2})
               RETURN exposure } AS members
// The home state's officers (home-officer-at), read once with the ports they are posted at, in id
// order (PROFILE at ten times national scale: reading every listed port's officers and each one's
// agency was a fifth of the statement's reads), grouped by port, so that a listed port where none was
// posted is told by one test on the ports' list (filtering every posting for every listed port was 1.1
// million tests).
WITH home, known, portRoutes, members,
     portCodes + reduce(codes = [], m IN members | codes + m.ports) AS destinationCodes,
     COLLECT { MATCH {{home-officer-at(officer, posted, home)}}
               WITH DISTINCT officer, posted.locode AS locode ORDER BY officer.id
               WITH locode, collect(officer) AS officers
               RETURN {locode: locode, officers: officers} } AS homePostings
WITH *, [p IN homePostings | p.locode] AS postedCodes
CALL (destinationCodes, portRoutes, members, home, homePostings, postedCodes) {
  // The ports each route passes before its last call at the destination (ports-before-last-call):
  // toward a port, from each route's calls in seq order (RouteCalls, kept by every write and import);
  // toward a bloc, from the ports each member's StateRoutes says its routes pass before their last
  // call at the member, less the other members' ports: the last call at the bloc is the last at one
  // of its members, and what a route passes before it is all it passes before its last call at each.
  // PROFILE at ten times national scale: reading each of the 8,655 routes toward Benelux by its key
  // was a third of the statement's time.
  CALL (portRoutes, members, destinationCodes) {
    UNWIND portRoutes AS routeId
    MATCH (calls:RouteCalls {route: routeId})
    WITH routeId, calls.ports AS ports
    UNWIND {{ports-before-last-call(ports, destinationCodes)}} AS locode
    RETURN locode, routeId
    // UNION ALL and one DISTINCT after: a UNION's own (memory tracked row by row with the lists the
    // subquery imports) passed the transaction's memory limit toward the EU at ten times national scale
    UNION ALL
    UNWIND members AS member
    UNWIND member.feeders AS feeder
    // neither a UN/LOCODE nor a route id holds a space (GraphModel)
    WITH split(feeder, ' ') AS feeder
    WITH feeder[0] AS locode, feeder[1] AS routeId
    WHERE NOT locode IN destinationCodes
    RETURN locode, routeId
  }
  WITH DISTINCT locode, routeId ORDER BY routeId
  WITH locode, collect(routeId) AS routeIds
  WHERE size(routeIds) >= $minRoutes
  MATCH (port:Port {locode: locode})
  // The home state's officers ever posted there; on a gap, none of them on $asOf.
  WITH port, routeIds, CASE WHEN locode IN postedCodes THEN [p IN homePostings WHERE p.locode = locode][0].officers
                            ELSE [] END AS homeOfficers
  // covered as port-covered says, asked of these officers instead of the graph (PROFILE at ten times
  // national scale: port-covered's plan read each listed port's officers and the home state's agencies
  // again, a quarter of the statement's reads)
  WHERE NOT any(officer IN homeOfficers WHERE {{officer-posted(officer, $asOf)}})
  WITH port, routeIds, homeOfficers, {{seizure-total-place('Port', port.locode)}} AS portPlace
  // IN_STATE leads from a port to a state only (GraphModel): no label test
  OPTIONAL MATCH (port)-[:IN_STATE]->(state)
  // the kilograms shipped from the port over all years, one derived figure (ShippedFromTotal, its
  // yearly totals added in year order, kept with them by every write and import): PROFILE at ten
  // times national scale, reading every port's yearly totals to add them was a third of the
  // statement's reads. The yearly totals themselves are read only with $details, which lists them.
  WITH port, state, routeIds, homeOfficers, portPlace,
       {{port-shipped-from-kg(port.locode, $includeIllustrative)}} AS seizedKg,
       // a seek on the (place, year) key's index, forced: on a graph with few totals the planner may
       // scan every total instead (year IS NOT NULL, always true, lets the key's index serve); the
       // years come from the index, not from each total
       COLLECT { UNWIND CASE WHEN $details THEN [portPlace] ELSE [] END AS place
                 MATCH (portTotal:SeizureTotal {place: place})
                 USING INDEX SEEK portTotal:SeizureTotal(place, year)
                 WHERE portTotal.year IS NOT NULL
                 WITH portTotal, portTotal.year AS year ORDER BY year
                 WITH year, {{seizure-shipped-from(portTotal, $includeIllustrative)}} AS shipped
                 WHERE shipped.count > 0
                 RETURN {year: year, shipped: shipped} } AS shippedByYear
  ORDER BY size(routeIds) DESC, seizedKg DESC, port.locode
  // each gap names its state by its element id, and the states are sent once (PROFILE at ten times
  // national scale: sending a whole state per gap, 1,782 gaps in 239 states, read 14 k properties)
  // a gap's route ids are sent only with $details; without, their number (PROFILE at ten times
  // national scale: 13,361 ids for 1,782 gaps toward Benelux, read for their count alone)
  WITH collect({port: port, state: elementId(state), routes: CASE WHEN $details THEN routeIds ELSE [] END,
                routeCount: size(routeIds), seizedKg: seizedKg,
                otherOfficers: homeOfficers, portPlace: portPlace,
                shippedByYear: shippedByYear,
                facts: CASE WHEN $details THEN [{{used-fact(port)}}] ELSE [] END}) AS gaps,
       collect(routeIds) AS routesOfGaps, collect(DISTINCT state) AS states
  // each route sent and graded once, however many gaps it passes through, and only if one does
  CALL (routesOfGaps) {
    UNWIND CASE WHEN $details THEN routesOfGaps ELSE [] END AS routesOfGap
    UNWIND routesOfGap AS routeId
    WITH DISTINCT routeId
    MATCH (route:TraffickingRoute {id: routeId})
    RETURN collect(route) AS routes, collect({{used-fact(route)}}) AS routeFacts
  }
  RETURN gaps, states, routes, routeFacts
}
RETURN known, gaps, states, routes, routeFacts
