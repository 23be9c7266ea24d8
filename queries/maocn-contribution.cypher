// A state's part in MAOC-N ($centre, the agency code) in the year $year: its staff there (directly or
// through its agencies, taking part by the end of the year), the asset-days and hours of deployments
// under MAOC-N coordination of assets its agencies operate (days counted inside the year), the
// detections by those assets, and the cases referred in the year that it intercepted or was asked to
// (directly or through one of its agencies), with their outcome and the seizures they led to.
// Deployments not ended before $operationalSince (null for a cleared user) are operational details:
// left out, and counted in leftOut. staffGradedBy: the sources of the participations the staff is counted from.
// parameters: state, year, centre, operationalSince
OPTIONAL MATCH (state:State {iso2: $state})
OPTIONAL MATCH (centre:Agency {code: $centre})
WITH state, centre, date({year: $year, month: 1, day: 1}) AS first, date({year: $year, month: 12, day: 31}) AS last
CALL (state, centre, last) {
  OPTIONAL MATCH (p)-[part:PARTICIPATES_IN]->(centre)
  WHERE (p = state OR EXISTS { (p:Agency)-[:BELONGS_TO]->(state) }) AND (part.since IS NULL OR part.since <= last)
  RETURN sum(part.staff) AS staff, count(part.staff) AS staffed, count(part) AS participations,
         collect(DISTINCT part.source) AS staffSources
}
CALL (state, first, last) {
  OPTIONAL MATCH (d:Deployment)-[:DEPLOYS]->(asset:SurveillanceAsset)-[:OPERATED_BY]->(:Agency)-[:BELONGS_TO]->(state)
  WHERE d.underMaocn AND d.from <= last AND coalesce(d.until, last) >= first
  WITH d, $operationalSince IS NOT NULL AND (d.until IS NULL OR d.until >= $operationalSince) AS operational
  WITH CASE WHEN operational THEN null ELSE d END AS d, CASE WHEN operational THEN 1 END AS hidden
  WITH d, hidden, CASE WHEN d.from > first THEN d.from ELSE first END AS start,
       CASE WHEN coalesce(d.until, last) < last THEN coalesce(d.until, last) ELSE last END AS end
  RETURN collect(d) AS deployments, count(hidden) AS leftOut,
         sum(CASE WHEN d IS NULL THEN 0 ELSE duration.inDays(start, end).days + 1 END) AS assetDays,
         sum(d.hours) AS hours
}
CALL (state) {
  OPTIONAL MATCH (det:Detection)-[:DETECTED_BY]->(:SurveillanceAsset)-[:OPERATED_BY]->(:Agency)-[:BELONGS_TO]->(state)
  WHERE det.detectedOn.year = $year
  RETURN collect(det) AS detections
}
CALL (state) {
  OPTIONAL MATCH (c:MaocnCase)
  WHERE c.referredOn.year = $year
    AND (EXISTS { (c)-[:INTERCEPTING_STATE]->(state) }
         OR EXISTS { (c)-[:INTERCEPTING_AGENCY]->(:Agency)-[:BELONGS_TO]->(state) })
  OPTIONAL MATCH (c)-[:LED_TO]->(s:Seizure)
  RETURN collect(DISTINCT c) AS cases, collect(DISTINCT s) AS seizures
}
WITH state, centre, staff, staffed, participations, staffSources, deployments, leftOut, assetDays, hours, detections, cases, seizures
RETURN state, centre IS NOT NULL AS centreKnown, participations > 0 AS member, CASE WHEN staffed = 0 THEN null ELSE staff END AS staff,
       deployments, leftOut, assetDays, hours, detections, cases, seizures,
       COLLECT { MATCH (src:Source) WHERE src.id IN staffSources RETURN src } AS staffGradedBy,
       COLLECT { MATCH (src:Source) WHERE src.id IN staffSources RETURN src
                 UNION
                 UNWIND deployments + detections + cases + seizures AS f
                 MATCH (f)-[:SUPPORTED_BY]->(src:Source) RETURN src } AS sources
