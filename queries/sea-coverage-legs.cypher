// The sea legs of one route ($route) or of every route that travels by sea, in order, with their
// ports (positions needed to draw the legs' sea paths). A route unknown to the graph returns no row.
// parameters: route
MATCH (r:TraffickingRoute)
WHERE ($route IS NULL OR r.id = $route) AND r.modality <> 'AIR'
CALL (r) {
  MATCH (a:Port)-[l:LEG {route: r.id}]->(b:Port)
  WITH a, b, l ORDER BY l.seq
  RETURN collect({from: a, to: b, seq: l.seq}) AS legs
}
RETURN r, legs
ORDER BY r.id
