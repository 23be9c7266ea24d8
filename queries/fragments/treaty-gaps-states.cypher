// The body of a CALL subquery: the states treatyGaps is asked about, as column `states` in order
// (name, then code): those the selection names ($states, $region, $subregions, $bloc on $asOf,
// combined with AND), or with none given the states on active trafficking routes; never the home
// state. Both texts of treatyGaps (treaty-gaps, treaty-gaps-bilateral) select them alike.
// parameters: home
MATCH (s:State)
WHERE s <> {home}
  AND ($states IS NULL OR s.iso2 IN $states)
  AND ($region IS NULL OR s.region = $region)
  AND ($subregions IS NULL OR s.subregion IN $subregions)
  AND ($bloc IS NULL OR {{in-bloc(s, $bloc, $asOf)}})
  AND ($states IS NOT NULL OR $region IS NOT NULL OR $subregions IS NOT NULL OR $bloc IS NOT NULL
       OR EXISTS { (s)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(:TraffickingRoute {active: true}) })
WITH s ORDER BY s.name, s.iso2
RETURN collect(s) AS states
