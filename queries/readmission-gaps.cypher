// States whose nationals were convicted in the home state, with the yearly figures and every treaty
// they share with the home side that holds a binding READMISSION clause; Java keeps the bilateral
// ones in force on $asOf.
MATCH (home:State {iso2: $homeState})
WITH home, [home] + COLLECT { MATCH (home)-[:MEMBER_OF]->(b:Bloc) RETURN b } AS homeSide
MATCH (s:State)-[c:NATIONALS_CONVICTED]->(home)
WHERE s <> home AND ($sinceYear IS NULL OR c.year >= $sinceYear)
  // Partners in a bloc of the home state (EU, BENELUX) take their nationals back under that bloc's
  // law, not by readmission agreement: left out unless asked for.
  AND ($includeBlocPartners OR NOT EXISTS { MATCH (s)-[:MEMBER_OF]->(b) WHERE b IN homeSide })
OPTIONAL MATCH (src:Source {id: c.source})
WITH s, homeSide, c, src ORDER BY c.year, src.id
WITH s, homeSide, collect({year: c.year, count: c.count, source: src}) AS convictions
CALL (s, homeSide) {
  MATCH (s)-[:PARTY_TO]->(t:Treaty)
  WHERE EXISTS { MATCH (h)-[:PARTY_TO]->(t) WHERE h IN homeSide }
    AND EXISTS { (t)-[:HAS_CLAUSE]->(:Clause {type: 'READMISSION', binding: true}) }
  WITH t ORDER BY t.id
  RETURN collect({
    treaty: t,
    bilateral: COUNT { MATCH (p)-[:PARTY_TO]->(t) WHERE NOT p IN homeSide } = 1,
    via: [h IN homeSide WHERE EXISTS { (h)-[:PARTY_TO]->(t) } | coalesce(h.iso2, h.code)],
    clauses: COLLECT { MATCH (t)-[:HAS_CLAUSE]->(c:Clause) RETURN c ORDER BY c.id }
  }) AS treaties
}
RETURN s, convictions, treaties
