// The seizures of $year with the port they were shipped from, whether an active route calls at that
// port, and whether the home state's liaison covered it on the day of the seizure, for the annual
// report's §9.3.
MATCH (home:State {iso2: $homeState})
MATCH (z:Seizure)-[:SHIPPED_FROM]->(port:Port)
WHERE z.seizedOn.year = $year
RETURN z AS seizure, port,
  EXISTS { MATCH (port)<-[:CALLS_AT]-(:TraffickingRoute {active: true}) } AS onActiveRoute,
  {{port-covered(port, home, z.seizedOn)}} AS covered,
  COLLECT { MATCH (port)<-[:CALLS_AT]-(r:TraffickingRoute {active: true}) WITH r ORDER BY r.id RETURN r } AS routes
ORDER BY z.seizedOn, z.id
