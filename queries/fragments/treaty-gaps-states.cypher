// The body of a CALL subquery: the states treatyGaps is asked about, as column `states` in order
// (name, then code): those the selection names ($states, $region, $subregions, $bloc on $asOf,
// combined with AND), or with none given the states on active trafficking routes; never the home
// state. Both texts of treatyGaps (treaty-gaps, treaty-gaps-bilateral) select them alike.
// The candidates come from the index of the first condition given (states, region, subregions; with
// none of those, every state), each then tested against every condition: a region's states were
// found by reading every state (PROFILE: 612 of the reference dataset's 3,063 reads).
// parameters: home
CALL () {
  UNWIND coalesce($states, []) AS code
  MATCH (s:State {iso2: code}) RETURN s
  UNION
  WITH 0 AS unused WHERE $states IS NULL AND $region IS NOT NULL
  MATCH (s:State {region: $region}) RETURN s
  UNION
  WITH 0 AS unused WHERE $states IS NULL AND $region IS NULL AND $subregions IS NOT NULL
  MATCH (s:State) WHERE s.subregion IN $subregions RETURN s
  UNION
  WITH 0 AS unused WHERE $states IS NULL AND $region IS NULL AND $subregions IS NULL
  MATCH (s:State) RETURN s
}
WITH s WHERE s <> {home}
  AND ($states IS NULL OR s.iso2 IN $states)
  AND ($region IS NULL OR s.region = $region)
  AND ($subregions IS NULL OR s.subregion IN $subregions)
  AND ($bloc IS NULL OR {{in-bloc(s, $bloc, $asOf)}})
  AND ($states IS NOT NULL OR $region IS NOT NULL OR $subregions IS NOT NULL OR $bloc IS NOT NULL
       OR EXISTS { (s)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(:TraffickingRoute {active: true}) })
WITH s ORDER BY s.name, s.iso2
RETURN collect(s) AS states
