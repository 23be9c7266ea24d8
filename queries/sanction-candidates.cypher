// States other than the home state that, or whose ports, shipped at least $minSeizedKg seized in $year
// (default: the latest year with seizures, read only when no year is given), read from the state's
// yearly total (seizure-total: each seizure counted once, seizure-counted), whose corruption score of
// $year, or else the latest earlier year, is below $maxCorruptionScore, and that have no cooperation
// treaty with the home side in force on $asOf (cooperation-treaty-with: from the derived clause kinds
// of the pair, one index seek, where reading a big state's treaties at ten times national scale
// meant thousands); with their bilateral treaties in force (bilateral-in-force-with) and the measures
// against them, which Java checks for an adopted measure on $asOf. Seizures and measures invented for
// illustration count only with $includeIllustrative. The treaties are graded only with $details.
// Only the states left have their bilateral treaties read, from their own treaties or, when those
// outnumber the home side's, once from the home side's (bilateral-treaties-by-state).
OPTIONAL CALL () {
  WITH 0 AS unused WHERE $year IS NULL
  {{latest-origin-year()}}
}
WITH coalesce($year, latestYear, $asOf.year) AS year
MATCH (home:State {iso2: $homeState})
WITH year, home, {{home-side(home, $asOf)}} AS homeSide
WITH *, {{bloc-partners(homeSide, $asOf)}} AS partners
MATCH (s:State) WHERE s <> home AND ($includeBlocPartners OR NOT s IN partners)
WITH year, home, homeSide, s, {{seizure-total-place('State', s.iso2)}} AS statePlace
WITH year, home, homeSide, s, statePlace, {{seizure-total(statePlace, year, $includeIllustrative)}} AS seized
WHERE seized.kg >= $minSeizedKg
CALL (s, year) {
  {{latest-rating(s, year)}}
}
WITH year, home, homeSide, s, statePlace, seized, rating
// no score in or before the year: the criterion is not met
WHERE rating IS NOT NULL AND rating.score < $maxCorruptionScore
  AND NOT {{cooperation-treaty-with(home, s, $asOf)}}
WITH year, homeSide, collect({s: s, statePlace: statePlace, seized: seized, rating: rating,
                              treatyCount: COUNT { (s)-[:PARTY_TO]->() }}) AS kept
WITH year, homeSide, kept, reduce(n = 0, k IN kept | n + k.treatyCount)
       <= reduce(n = 0, side IN homeSide | n + COUNT { (side)-[:PARTY_TO]->() }) AS fromStates
OPTIONAL CALL (homeSide, kept, fromStates) {
  WITH homeSide WHERE NOT fromStates
  {{bilateral-treaties-by-state(homeSide, $asOf)}}
}
UNWIND kept AS k
// skipped, the home side's subquery still aggregates nothing into an empty list
WITH year, homeSide, CASE WHEN fromStates THEN null ELSE bilateralByState END AS bilateralByState, k.s AS s, k.statePlace AS statePlace, k.seized AS seized, k.rating AS rating
CALL (s, homeSide, bilateralByState) {
  WITH s, homeSide WHERE bilateralByState IS NULL
  MATCH (s)-[:PARTY_TO]->(treaty:Treaty)
  WHERE {{bilateral-in-force-with(treaty, homeSide, $asOf)}}
  WITH treaty ORDER BY treaty.id
  RETURN collect(treaty) AS ownTreaties
}
WITH year, homeSide, s, statePlace, seized, rating,
  coalesce(bilateralByState, [{state: s, treaties: ownTreaties}]) AS bilateralOfState
CALL (s, bilateralOfState, homeSide) {
  {{bilateral-treaties-of(s, bilateralOfState, homeSide, $asOf, $details)}}
}
WITH s, year, statePlace, seized, rating, treaties,
  COLLECT { MATCH (m:SanctionMeasure)-[:TARGETS]->(s) WHERE $includeIllustrative OR NOT {{illustrative(m)}}
            RETURN m ORDER BY m.id } AS measures
// the facts a criterion may use, graded (the treaties carry theirs from bilateral-treaties-of)
RETURN s, year, statePlace, seized, rating, treaties, measures,
  [fact IN measures | {{used-fact(fact)}}] AS facts
