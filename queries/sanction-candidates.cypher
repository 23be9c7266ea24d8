// States other than the home state that, or whose ports, shipped at least $minSeizedKg seized in $year
// (default: the latest year with seizures), read from the state's yearly total (seizure-total: each
// seizure counted once, seizure-counted), and whose corruption score of $year, or else the latest
// earlier year, is below $maxCorruptionScore; with their bilateral treaties in force on $asOf
// (bilateral-treaties-by-state, read once for all the states) and the measures against them, which Java
// checks for a cooperation treaty and an adopted measure on $asOf. Seizures and measures invented
// for illustration count only with $includeIllustrative. The treaties are graded only with $details.
CALL () {
  {{latest-origin-year()}}
}
WITH coalesce($year, latestYear, $asOf.year) AS year
MATCH (home:State {iso2: $homeState})
WITH year, home, {{home-side(home, $asOf)}} AS homeSide
CALL (homeSide) {
  {{bilateral-treaties-by-state(homeSide, $asOf)}}
}
WITH *, {{bloc-partners(homeSide, $asOf)}} AS partners
MATCH (s:State) WHERE s <> home AND ($includeBlocPartners OR NOT s IN partners)
WITH year, homeSide, bilateralByState, s, {{seizure-total-place('State', s.iso2)}} AS statePlace
WITH year, homeSide, bilateralByState, s, statePlace, {{seizure-total(statePlace, year, $includeIllustrative)}} AS seized
WHERE seized.kg >= $minSeizedKg
CALL (s, year) {
  {{latest-rating(s, year)}}
}
WITH year, homeSide, bilateralByState, s, statePlace, seized, rating
// no score in or before the year: the criterion is not met
WHERE rating IS NOT NULL AND rating.score < $maxCorruptionScore
CALL (s, bilateralByState, homeSide) {
  {{bilateral-treaties-of(s, bilateralByState, homeSide, $asOf, $details)}}
}
WITH s, year, statePlace, seized, rating, treaties,
  COLLECT { MATCH (m:SanctionMeasure)-[:TARGETS]->(s) WHERE $includeIllustrative OR NOT {{illustrative(m)}}
            RETURN m ORDER BY m.id } AS measures
// the facts a criterion may use, graded (the treaties carry theirs from bilateral-treaties-of)
RETURN s, year, statePlace, seized, rating, treaties, measures,
  [fact IN measures | {{used-fact(fact)}}] AS facts
