// The body of a CALL subquery: every treaty the state shares with the home side (both are parties,
// the home side through the home state or a bloc of it), in id order, with whether it is bilateral
// and in force on the date, the home-side parties it binds through ("via": BE, EU, ...) and its
// clauses in id order, and the graded facts (used-fact) of the treaty and its clauses. Returns one
// column, `treaties`.
// parameters: state, homeSide, on
MATCH ({state})-[:PARTY_TO]->(treaty:Treaty)
WHERE EXISTS { MATCH (side)-[:PARTY_TO]->(treaty) WHERE side IN {homeSide} }
WITH treaty, COLLECT { MATCH (treaty)-[:HAS_CLAUSE]->(clause:Clause) RETURN clause ORDER BY clause.id } AS clauses
ORDER BY treaty.id
RETURN collect({
  treaty: treaty,
  bilateral: {{bilateral(treaty, {homeSide})}},
  inForce: {{treaty-in-force(treaty, {on})}},
  via: [side IN {homeSide} WHERE EXISTS { (side)-[:PARTY_TO]->(treaty) } | coalesce(side.iso2, side.code)],
  clauses: clauses,
  facts: [fact IN [treaty] + clauses | {{used-fact(fact)}}]
}) AS treaties
