// The body of a CALL subquery: every treaty the state shares with the home side (both are parties,
// the home side through the home state or a bloc of it: shares-home-side), in id order, as treaty-link
// reads it (bilateral, in force on the date, via, clauses, graded facts). Returns one column, `treaties`.
// For several states at once, shared-treaties-by-state describes each treaty once.
// parameters: state, homeSide, on
MATCH ({state})-[:PARTY_TO]->(treaty:Treaty)
WHERE {{shares-home-side(treaty, {homeSide})}}
WITH treaty, COLLECT { MATCH (treaty)-[:HAS_CLAUSE]->(clause:Clause) RETURN clause ORDER BY clause.id } AS clauses
ORDER BY treaty.id
RETURN collect({{treaty-link(treaty, clauses, {homeSide}, {on})}}) AS treaties
