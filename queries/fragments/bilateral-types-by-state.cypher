// The body of a CALL subquery: for each of the given states, its bilateral treaties in force on a
// date (treaty-in-force, bilateral) among those it shares with the home side (home-side-treaties),
// each with the clause types it has and nothing else, as column `sharedByState` in the shape of
// shared-treaties-by-state: one {state, treaties} per state that has any, its treaties in id order,
// each {treaty, bilateral, inForce, clauseTypes} with via, clauses and facts empty; the treaty is its
// node, or its id alone when treatyIds is true (an answer that shows nothing else of a treaty: at ten
// times national scale the nodes were most of what the statement sent). For an answer that shows only
// these treaties and their types (no home-side party named, no fact graded): the dates are tested first, on each
// shared treaty once, and the parties (bilateral) and clauses read only of those in force; the
// CALL keeps the planner from counting the parties of every shared treaty before the dates.
// parameters: states, homeSide, on, treatyIds
WITH {{home-side-treaties({homeSide})}} AS homeTreaties
UNWIND {states} AS sharing
// PARTY_TO ends only at a Treaty (GraphModel): its label is not tested again (PROFILE: one read per
// treaty of the states, 13,969 for the Americas at ten times national scale)
MATCH (sharing)-[:PARTY_TO]->(treaty)
WHERE treaty IN homeTreaties
WITH treaty, collect(sharing) AS sharers
// the rule's properties read once into a map: its tests read each date several times (PROFILE: 15,226
// reads for 1,575 treaties at ten times national scale, 6,300 so); the map holds every property the rule
// reads (RuleAgreementTests asks treatyGaps for this selection)
WITH treaty, sharers, treaty {.inForceFrom, .status, .signedOn, .terminatedOn} AS t
WHERE ({{treaty-in-force(t, {on})}}) = true
CALL (treaty, {homeSide}) {
  WITH treaty WHERE {{bilateral(treaty, {homeSide})}}
  // HAS_CLAUSE ends only at a Clause (GraphModel): its label is not tested again
  RETURN COLLECT { MATCH (treaty)-[:HAS_CLAUSE]->(clause) RETURN DISTINCT clause.type } AS clauseTypes
}
UNWIND sharers AS state
WITH state, treaty, clauseTypes ORDER BY treaty.id
WITH state, collect({treaty: CASE WHEN {treatyIds} THEN treaty.id ELSE treaty END, bilateral: true,
                     inForce: true, via: [], clauses: [], facts: [], clauseTypes: clauseTypes}) AS treaties
RETURN collect({state: state, treaties: treaties}) AS sharedByState
