// In one statement, what seaCoverage and seaAreaCoverage clip: the deployments watching an area
// (a box, or a named sea area) active at some point of [$from, $to] (one without an end still goes
// on), with the kind of the asset deployed; and the sea legs of one route ($route) or of every route
// that travels by sea, in route order and leg order, with their ports (positions needed to draw the
// legs' sea paths). For a user not cleared for operational details, $operationalSince is the first
// day still operational: deployments not ended before it are left out (and counted in leftOut); for
// a cleared user it is null. A route unknown to the graph gives no route. The legs are read in one
// pass over the LEG index (l.route IS NOT NULL has the planner scan it rather than every port's
// relationships) and grouped by route in Java: matched route by route, the planner scanned the LEG
// index once per route and filtered (PROFILE), a cost of routes times legs.
// parameters: route, from, to, operationalSince
CALL () {
  MATCH (d:Deployment)-[:DEPLOYS]->(asset:SurveillanceAsset)
  WHERE (d.seaArea IS NOT NULL
         OR (d.areaSouth IS NOT NULL AND d.areaWest IS NOT NULL AND d.areaNorth IS NOT NULL AND d.areaEast IS NOT NULL))
    AND d.from <= $to AND coalesce(d.until, $to) >= $from
  WITH d, asset,
       $operationalSince IS NOT NULL AND (d.until IS NULL OR d.until >= $operationalSince) AS operational
  RETURN collect(CASE WHEN NOT operational THEN {deployment: d, kind: asset.kind} END) AS shown,
         count(CASE WHEN operational THEN 1 END) AS leftOut
}
CALL () {
  MATCH (r:TraffickingRoute)
  WHERE ($route IS NULL OR r.id = $route) AND r.modality <> 'AIR'
  WITH r ORDER BY r.id
  RETURN collect(r) AS routes
}
CALL () {
  MATCH (a:Port)-[l:LEG]->(b:Port)
  WHERE l.route IS NOT NULL AND ($route IS NULL OR l.route = $route)
  WITH a, b, l ORDER BY l.route, l.seq
  RETURN collect({route: l.route, from: a, to: b, seq: l.seq}) AS legs
}
RETURN shown, leftOut, routes, legs
