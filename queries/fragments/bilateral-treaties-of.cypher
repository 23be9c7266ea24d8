// The body of a CALL subquery: a state's bilateral treaties in force, from the grouping of
// bilateral-treaties-by-state, as column `treaties` in the shape of shared-treaties (treaty-link),
// in id order: what the country analyses that weigh only those treaties read.
// parameters: state, bilateralByState, homeSide, on
UNWIND coalesce(head([shared IN {bilateralByState} WHERE shared.state = {state} | shared.treaties]), []) AS treaty
WITH treaty, COLLECT { MATCH (treaty)-[:HAS_CLAUSE]->(clause:Clause) RETURN clause ORDER BY clause.id } AS clauses
RETURN collect({{treaty-link(treaty, clauses, {homeSide}, {on})}}) AS treaties
