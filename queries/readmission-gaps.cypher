// States whose nationals are in the home state's prisons on the latest reference date on or before
// $asOf (detained-on), or were convicted there (NATIONALS_CONVICTED, of $sinceYear or later), with
// every treaty they share with the home side; Java keeps the binding readmission clauses of the
// bilateral ones in force on $asOf. Figures invented for illustration (graded F: the reference
// dataset's conviction counts) count only with $includeIllustrative.
MATCH (home:State {iso2: $homeState})
WITH home, {{home-side(home, $asOf)}} AS homeSide
MATCH (s:State)
WHERE s <> home
  AND (EXISTS { (s)-[:DETAINED_IN]->(home) } OR EXISTS { (s)-[:NATIONALS_CONVICTED]->(home) })
  // Partners in a bloc of the home state (EU, BENELUX) take their nationals back under that bloc's
  // law, not by readmission agreement: left out unless asked for.
  AND ($includeBlocPartners OR NOT {{bloc-partner(s, homeSide, $asOf)}})
CALL (s, home) {
  {{detained-on(s, home, $asOf, $includeIllustrative)}}
}
WITH s, home, homeSide, referenceDate, detained,
  COLLECT {
    MATCH (s)-[c:NATIONALS_CONVICTED]->(home)
    WHERE ($sinceYear IS NULL OR c.year >= $sinceYear)
      AND ($includeIllustrative OR NOT {{illustrative-relationship(c)}})
    OPTIONAL MATCH (src:Source {id: c.source})
    // one figure a year per state (NATIONALS_CONVICTED is told apart by its year)
    WITH c, src ORDER BY c.year
    RETURN {year: c.year, count: c.count, source: src}
  } AS convictions
WHERE detained IS NOT NULL OR size(convictions) > 0
CALL (s, homeSide) {
  {{shared-treaties(s, homeSide, $asOf)}}
}
RETURN s, home, referenceDate, detained, convictions, treaties
