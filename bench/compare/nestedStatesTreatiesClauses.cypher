// The nested list query in one hand-written statement: a page of 100 states by name, the treaties
// each is party to in force on $on, and their clauses.
MATCH (s:State)
WITH s ORDER BY s.name, s.iso2
WITH collect(s) AS states
UNWIND states[..100] AS s
CALL (s) {
  MATCH (s)-[:PARTY_TO]->(t:Treaty)
  WHERE {{treaty-in-force(t, $on)}}
  WITH t ORDER BY t.id
  RETURN collect(t {.*, clauses: COLLECT { MATCH (t)-[:HAS_CLAUSE]->(c:Clause) RETURN c {.*} ORDER BY c.id }}) AS treaties
}
RETURN size(states) AS totalCount, s {.*, treaties: treaties} AS state
