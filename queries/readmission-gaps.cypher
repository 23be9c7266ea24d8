// States whose nationals were convicted in the home state, with the yearly figures and every treaty
// they share with the home side; Java keeps the binding readmission clauses of the bilateral ones
// in force on $asOf.
MATCH (home:State {iso2: $homeState})
WITH home, {{home-side(home, $asOf)}} AS homeSide
MATCH (s:State)-[c:NATIONALS_CONVICTED]->(home)
WHERE s <> home AND ($sinceYear IS NULL OR c.year >= $sinceYear)
  // Partners in a bloc of the home state (EU, BENELUX) take their nationals back under that bloc's
  // law, not by readmission agreement: left out unless asked for.
  AND ($includeBlocPartners OR NOT {{bloc-partner(s, homeSide, $asOf)}})
OPTIONAL MATCH (src:Source {id: c.source})
// one figure a year per state (NATIONALS_CONVICTED is told apart by its year)
WITH s, homeSide, c, src ORDER BY c.year
WITH s, homeSide, collect({year: c.year, count: c.count, source: src}) AS convictions
CALL (s, homeSide) {
  {{shared-treaties(s, homeSide, $asOf)}}
}
RETURN s, convictions, treaties
