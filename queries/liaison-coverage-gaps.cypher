// Ports that active routes call at before a call at a destination port, with no officer of the
// home state posted there on $asOf, by exposure, in one statement. The destination is the port
// $port, or every port of a state that is a member of bloc $bloc on $asOf; known says whether the
// graph holds it. The search starts from the destination's ports: only the routes calling at one
// of them are read, each with its last call there, and then only those routes' earlier calls
// (PROFILE: matching every active route's calls and testing each for a later call at the
// destination read all routes times calls). The gaps stream as rows (with known on each); when
// there are none, OPTIONAL CALL leaves one row whose port is null, which carries known.
OPTIONAL MATCH (destinationPort:Port {locode: $port})
OPTIONAL MATCH (bloc:Bloc {code: $bloc})
WITH destinationPort IS NOT NULL OR bloc IS NOT NULL AS known,
     [p IN [destinationPort] WHERE p IS NOT NULL]
       + COLLECT { MATCH (state:State)<-[:IN_STATE]-(p:Port)
                   WHERE {{in-bloc(state, $bloc, $asOf)}} RETURN DISTINCT p } AS destinations
OPTIONAL CALL (destinations) {
  UNWIND destinations AS destination
  MATCH (route:TraffickingRoute)-[after:CALLS_AT]->(destination)
  WHERE route.active = true
  WITH route, max(after.seq) AS lastSeq
  MATCH (route)-[before:CALLS_AT]->(port:Port)
  WHERE before.seq < lastSeq AND NOT port IN destinations
  WITH DISTINCT port, route ORDER BY route.id
  WITH port, collect(route) AS routes
  WHERE size(routes) >= $minRoutes
  OPTIONAL MATCH (home:State {iso2: $homeState})
  WITH port, routes, home
  WHERE NOT {{port-covered(port, home, $asOf)}}
  CALL (port, home) {
    // The home state's officers once or later posted there, none of them on $asOf.
    OPTIONAL MATCH (officer:LiaisonOfficer)-[:POSTED_AT]->(port)
    WHERE EXISTS { (officer)-[:SENT_BY]->(:Agency)-[:BELONGS_TO]->(home) }
    WITH officer ORDER BY officer.id
    RETURN collect(officer) AS homeOfficers
  }
  WITH port, routes, homeOfficers
  OPTIONAL MATCH (port)-[:IN_STATE]->(state:State)
  WITH port, state, routes, homeOfficers,
       COLLECT { MATCH (s:Seizure)-[:SHIPPED_FROM]->(port)
                 WHERE {{seizure-counted(s, port, $includeIllustrative)}} RETURN s ORDER BY s.id } AS shipped
  RETURN port, state, routes, homeOfficers AS otherOfficers, shipped,
         reduce(kg = 0.0, s IN shipped | kg + s.quantityKg) AS seizedKg
}
RETURN known, port, state, routes, seizedKg, otherOfficers,
       [fact IN [port] + routes + shipped | {{used-fact(fact)}}] AS facts
ORDER BY size(routes) DESC, seizedKg DESC, port.locode
