// Ports that active routes call at before a call at a destination port, with no officer of the
// home state posted there on $asOf, by exposure.
MATCH (route:TraffickingRoute {active: true})-[before:CALLS_AT]->(port:Port)
WHERE NOT port.locode IN $destinationPorts
  AND EXISTS {
    MATCH (route)-[after:CALLS_AT]->(destination:Port)
    WHERE destination.locode IN $destinationPorts AND after.seq > before.seq
  }
WITH DISTINCT port, route
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
WITH port, state, routes, homeOfficers, shipped, reduce(kg = 0.0, s IN shipped | kg + s.quantityKg) AS seizedKg
UNWIND routes AS route
WITH port, state, homeOfficers, shipped, seizedKg, route ORDER BY route.id
WITH port, state, homeOfficers, shipped, seizedKg, collect(route) AS routes
RETURN port, state, routes, size(routes) AS routeCount, seizedKg, homeOfficers AS otherOfficers,
       [fact IN [port] + routes + shipped | {{used-fact(fact)}}] AS facts
ORDER BY routeCount DESC, seizedKg DESC, port.locode
