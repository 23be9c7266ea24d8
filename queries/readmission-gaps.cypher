// States whose nationals are in the home state's prisons on the latest reference date on or before
// $asOf (latest-detention-date, detained-figure), or were convicted there (NATIONALS_CONVICTED, of
// $sinceYear or later), with their bilateral treaties in force on $asOf; Java keeps the binding
// readmission clauses. Figures invented for illustration (graded F: the reference dataset's
// conviction counts) count only with $includeIllustrative. The reference date does not depend on
// the state: it is read once, before the states. The treaties are graded, and their home-side parties named,
// only with $details.
MATCH (home:State {iso2: $homeState})
WITH home, {{home-side(home, $asOf)}} AS homeSide
WITH home, homeSide, {{latest-detention-date(home, $asOf, $includeIllustrative)}} AS referenceDate
// the states with a figure, from the home state's few figures rather than every state's relationships
MATCH (home)<-[:DETAINED_IN|NATIONALS_CONVICTED]-(s:State)
WITH DISTINCT home, homeSide, referenceDate, s
WHERE s <> home
  // Partners in a bloc of the home state (EU, BENELUX) take their nationals back under that bloc's
  // law, not by readmission agreement: left out unless asked for.
  AND ($includeBlocPartners OR NOT {{bloc-partner(s, homeSide, $asOf)}})
CALL (s, home, referenceDate) {
  {{detained-figure(s, home, referenceDate, $includeIllustrative)}}
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
  {{bilateral-treaties-with(s, homeSide, $asOf, $details)}}
}
RETURN s, home, referenceDate, detained, convictions, treaties
