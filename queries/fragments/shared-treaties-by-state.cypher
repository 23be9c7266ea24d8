// The body of a CALL subquery: the treaties each of the given states shares with the home side
// (home-side-treaties), each described once as treaty-link reads it however many of the states are
// parties to it (PROFILE: a convention shared by every state of a region, described state by state,
// was most of treatyGaps' reads), as column `sharedByState`: one {state, treaties} per state that
// shares any, its treaties in id order, each as treaty-link reads it.
// parameters: states, homeSide, on
WITH {{home-side-treaties({homeSide})}} AS homeTreaties
UNWIND {states} AS sharing
// PARTY_TO ends only at a Treaty (GraphModel): its label is not tested again (PROFILE: one read per
// treaty of the states, 13,969 for the Americas at ten times national scale)
MATCH (sharing)-[:PARTY_TO]->(treaty)
WHERE treaty IN homeTreaties
WITH treaty, collect(sharing) AS sharers
WITH treaty, sharers, COLLECT { MATCH (treaty)-[:HAS_CLAUSE]->(clause:Clause) RETURN clause ORDER BY clause.id } AS clauses
WITH treaty, sharers, {{treaty-link(treaty, clauses, {homeSide}, {on})}} AS link
UNWIND sharers AS state
WITH state, treaty, link ORDER BY treaty.id
WITH state, collect(link) AS treaties
RETURN collect({state: state, treaties: treaties}) AS sharedByState
