// One row per detection of the year ($first to $last, both included) and per MAOC-N case referred in
// that year without a detection of the year behind it, with what followed: the case, its outcome,
// the seizure it led to. The asset kind and the route come from the detection (the route, failing
// that, from the seizure). Java counts each stage once per distinct detection, case and seizure.
// The year is a range of dates, not d.detectedOn.year = $year: a range seeks the indexes on
// Detection.detectedOn and MaocnCase.referredOn, a function of the property scans every node. A
// case's own detections are read from the case (a list), not sought in the index: as an existence
// subquery the planner sought every detection of the year for each case (PROFILE).
// parameters: first, last
CALL () {
  MATCH (d:Detection) WHERE d.detectedOn >= $first AND d.detectedOn <= $last
  OPTIONAL MATCH (d)-[:DETECTED_BY]->(asset:SurveillanceAsset)
  OPTIONAL MATCH (d)-[:SUSPECTED_ON]->(route:TraffickingRoute)
  OPTIONAL MATCH (c:MaocnCase)-[:REFERS]->(d)
  RETURN d, asset, route, c
  UNION
  MATCH (c:MaocnCase) WHERE c.referredOn >= $first AND c.referredOn <= $last
    AND none(day IN [(c)-[:REFERS]->(x:Detection) | x.detectedOn] WHERE day >= $first AND day <= $last)
  OPTIONAL MATCH (c)-[:REFERS]->(d:Detection)
  OPTIONAL MATCH (d)-[:DETECTED_BY]->(asset:SurveillanceAsset)
  OPTIONAL MATCH (d)-[:SUSPECTED_ON]->(route:TraffickingRoute)
  RETURN d, asset, route, c
}
OPTIONAL MATCH (c)-[:LED_TO]->(s:Seizure)
OPTIONAL MATCH (s)-[:ON_ROUTE]->(seizureRoute:TraffickingRoute)
WITH d, asset, coalesce(route, seizureRoute) AS route, c, s
RETURN d.id AS detection, asset.kind AS kind, route, c.id AS case, c.outcome AS outcome, s.id AS seizure,
       s.quantityKg AS kg,
       COLLECT { UNWIND [d, c, s] AS f MATCH (f)-[:SUPPORTED_BY]->(src:Source) RETURN DISTINCT src } AS sources
