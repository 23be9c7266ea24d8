// The body of a CALL subquery: a state's bilateral treaties in force, from the grouping of
// bilateral-treaties-by-state, as column `treaties` in the shape of shared-treaties-by-state (treaty-link),
// in id order: what the country analyses that weigh only those treaties read. Without details, each
// treaty with its clauses alone (no home-side party named, no fact graded): bilateral and in force,
// as bilateral-treaties-by-state kept only those.
// parameters: state, bilateralByState, homeSide, on, details
UNWIND coalesce(head([shared IN {bilateralByState} WHERE shared.state = {state} | shared.treaties]), []) AS treaty
WITH treaty, {details} AS withDetails,
  COLLECT { MATCH (treaty)-[:HAS_CLAUSE]->(clause:Clause) RETURN clause ORDER BY clause.id } AS clauses
RETURN collect(CASE WHEN withDetails THEN {{treaty-link(treaty, clauses, {homeSide}, {on})}}
                    ELSE {treaty: treaty, bilateral: true, inForce: true, via: [], clauses: clauses, facts: []} END) AS treaties
