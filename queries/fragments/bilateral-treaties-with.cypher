// The body of a CALL subquery: one state's bilateral treaties in force on a date (treaty-in-force,
// bilateral), read from the state's own treaties, as column `treaties` in the shape of
// shared-treaties-by-state (treaty-link), in id order. For an analysis that lists few states: it reads only
// their treaties, where bilateral-treaties-by-state reads every treaty of the home side. The
// cheap tests come first (the treaty's dates, then its parties outside the home side, stopping at
// the second), so the parties of a multilateral convention are never all read. Without details,
// each treaty with its clauses alone (no home-side party named, no fact graded).
// parameters: state, homeSide, on, details
MATCH ({state})-[:PARTY_TO]->(treaty:Treaty)
// compared with true: as a bare WHERE the planner rewrites the date test into a longer normal form,
// which made planning this statement about twice as long (measured)
WHERE ({{treaty-in-force(treaty, {on})}}) = true
WITH treaty WHERE {{bilateral(treaty, {homeSide})}}
  AND EXISTS { MATCH (side)-[:PARTY_TO]->(treaty) WHERE side IN {homeSide} }
WITH treaty, COLLECT { MATCH (treaty)-[:HAS_CLAUSE]->(clause:Clause) RETURN clause ORDER BY clause.id } AS clauses
ORDER BY treaty.id
RETURN collect(CASE WHEN {details} THEN {{treaty-link(treaty, clauses, {homeSide}, {on})}}
                    ELSE {treaty: treaty, bilateral: true, inForce: true, via: [], clauses: clauses, facts: []} END) AS treaties
