// Ports that active routes call at before a call at a destination port, with no officer of the
// home state posted there on $asOf, by exposure, in one statement. The destination is the port
// $port, or every port of a state that is a member of bloc $bloc on $asOf; known says whether the
// graph holds it. The search starts from the destination's ports: only the routes calling at one
// of them are read, each with its last call there, and then only those routes' earlier calls
// (PROFILE: matching every active route's calls and testing each for a later call at the
// destination read all routes times calls). The kilograms shipped from a port are read from its
// yearly totals (seizure-shipped-from: each seizure counted once, seizure-counted, invented ones
// with $includeIllustrative), one total per year rather than every seizure. The gaps stream as
// rows (with known on each); when there are none, OPTIONAL CALL leaves one row whose port is null,
// which carries known.
OPTIONAL MATCH (destinationPort:Port {locode: $port})
OPTIONAL MATCH (bloc:Bloc {code: $bloc})
// the bloc's ports from its members (PROFILE: testing every port's state for membership read all ports)
WITH destinationPort IS NOT NULL OR bloc IS NOT NULL AS known,
     [p IN [destinationPort] WHERE p IS NOT NULL]
       + COLLECT { MATCH (bloc)<-[:MEMBER_OF]-(state:State)<-[:IN_STATE]-(p:Port)
                   WHERE {{in-bloc(state, $bloc, $asOf)}} RETURN DISTINCT p } AS destinations
OPTIONAL MATCH (home:State {iso2: $homeState})
OPTIONAL CALL (destinations, home) {
  UNWIND destinations AS destination
  MATCH (route:TraffickingRoute)-[after:CALLS_AT]->(destination)
  WHERE route.active = true
  WITH route, max(after.seq) AS lastSeq
  // each route graded once, not once per port it calls at
  WITH route, lastSeq, {{used-fact(route)}} AS routeFact
  MATCH (route)-[before:CALLS_AT]->(port:Port)
  WHERE before.seq < lastSeq AND NOT port IN destinations
  WITH DISTINCT port, route, routeFact ORDER BY route.id
  WITH port, collect(route) AS routes, collect(routeFact) AS routeFacts
  WHERE size(routes) >= $minRoutes AND NOT {{port-covered(port, home, $asOf)}}
  CALL (port, home) {
    // The home state's officers once or later posted there, none of them on $asOf.
    OPTIONAL MATCH (officer:LiaisonOfficer)-[:POSTED_AT]->(port)
    WHERE EXISTS { (officer)-[:SENT_BY]->(:Agency)-[:BELONGS_TO]->(home) }
    WITH officer ORDER BY officer.id
    RETURN collect(officer) AS homeOfficers
  }
  WITH port, routes, routeFacts, homeOfficers, {{seizure-total-place('Port', port.locode)}} AS portPlace
  OPTIONAL MATCH (port)-[:IN_STATE]->(state:State)
  // the port's yearly totals, never its seizures one by one
  WITH port, state, routes, routeFacts, homeOfficers, portPlace,
       // a seek on the place index, forced: on a graph with few totals the planner may scan every
       // total instead (year IS NOT NULL, always true, also lets the (place, year) key's index serve)
       COLLECT { MATCH (portTotal:SeizureTotal {place: portPlace}) USING INDEX SEEK portTotal:SeizureTotal(place)
                 WHERE portTotal.year IS NOT NULL
                 WITH portTotal, {{seizure-shipped-from(portTotal, $includeIllustrative)}} AS shipped
                 WHERE shipped.count > 0
                 RETURN {year: portTotal.year, shipped: shipped} ORDER BY portTotal.year } AS shippedByYear
  RETURN port, state, routes, homeOfficers AS otherOfficers, portPlace, shippedByYear,
         reduce(kg = 0.0, y IN shippedByYear | kg + y.shipped.kg) AS seizedKg,
         [{{used-fact(port)}}] + routeFacts AS facts
}
RETURN known, port, state, routes, seizedKg, otherOfficers, portPlace, shippedByYear, facts
ORDER BY size(routes) DESC, seizedKg DESC, port.locode
