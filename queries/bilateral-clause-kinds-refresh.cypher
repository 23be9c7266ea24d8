// Computes again the bilateral clause kinds (BilateralClauseKind, see GraphModel.DERIVED) of the
// units in $units ({home, state}: a home state and another state; a null state: every state the
// home may share a treaty with). For each treaty the two states share, directly or through a bloc
// of the home, the rules themselves are asked (home-side, then bilateral-in-force-with: a home-side
// party, treaty-in-force, bilateral) on each day their answer may change: the rules compare the day
// only with the treaty's dates and the home's joining dates (member-on), so their answer holds from
// each of those days to the next, and before the first of them no treaty is in force (it needs one
// of its dates on or before the day). Each span on which a treaty counts gives each kind of its
// clauses ({type, binding}) that span; the spans of one kind are joined where they meet or overlap.
// The unit's kinds are written in place and those the rules no longer give deleted, so they can
// never say other than the rules, and computing them again changes nothing that did not change.
UNWIND $units AS unit
CALL (unit) {
  MATCH (home:State {iso2: unit.home})
  OPTIONAL MATCH (other:State {iso2: unit.state})
  WITH unit, home, other, [(home)-[membership:MEMBER_OF]->(:Bloc) | membership.since] AS joined
  CALL (unit, home, other) {
    // a whole home: its own treaties and its blocs'
    WITH home WHERE unit.state IS NULL
    MATCH (home)-[:PARTY_TO]->(treaty:Treaty) RETURN treaty
    UNION
    WITH home WHERE unit.state IS NULL
    MATCH (home)-[:MEMBER_OF]->(:Bloc)-[:PARTY_TO]->(treaty:Treaty) RETURN treaty
    UNION
    // one pair: the treaties both are party to, read from the one with fewer treaties
    WITH home, other WHERE other IS NOT NULL
      AND COUNT { (home)-[:PARTY_TO]->() } <= COUNT { (other)-[:PARTY_TO]->() }
    MATCH (home)-[:PARTY_TO]->(treaty:Treaty) WHERE (other)-[:PARTY_TO]->(treaty) RETURN treaty
    UNION
    WITH home, other WHERE other IS NOT NULL
      AND COUNT { (home)-[:PARTY_TO]->() } > COUNT { (other)-[:PARTY_TO]->() }
    MATCH (other)-[:PARTY_TO]->(treaty:Treaty) WHERE (home)-[:PARTY_TO]->(treaty) RETURN treaty
    UNION
    WITH home, other WHERE other IS NOT NULL
    MATCH (home)-[:MEMBER_OF]->(:Bloc)-[:PARTY_TO]->(treaty:Treaty) WHERE (other)-[:PARTY_TO]->(treaty) RETURN treaty
  }
  // bilateral from a home side that holds the home state and its blocs at most: a treaty of more
  // parties never is, and is left before its parties are read
  WITH unit, home, joined, treaty
  WHERE COUNT { (treaty)<-[:PARTY_TO]-() } <= 2 + size(joined)
  MATCH (state:State)-[:PARTY_TO]->(treaty)
  WHERE state <> home AND (unit.state IS NULL OR state.iso2 = unit.state)
  WITH home, state, treaty,
    COLLECT { UNWIND [treaty.signedOn, treaty.inForceFrom, treaty.terminatedOn] + joined AS day
              WITH day WHERE day IS NOT NULL RETURN DISTINCT day ORDER BY day } AS days
  CALL (home, state, treaty, days) {
    UNWIND days AS day
    WITH home, state, treaty, day, {{home-side(home, day)}} AS homeSide
    WITH day, ({{bilateral-in-force-with(treaty, homeSide, day)}}) AND NOT state IN homeSide AS counts
    ORDER BY day
    RETURN collect(counts) AS counting
  }
  // the spans on which the treaty counts: from a day it starts counting to the next day it stops
  UNWIND [i IN range(0, size(days) - 1) WHERE counting[i] AND (i = 0 OR NOT counting[i - 1])] AS start
  WITH home, state, treaty, days[start] AS from,
    head([i IN range(start + 1, size(days) - 1) WHERE NOT counting[i] | days[i]]) AS until
  MATCH (treaty)-[:HAS_CLAUSE]->(clause:Clause)
  WITH DISTINCT home, state, clause.type AS type, clause.binding AS binding, from, until
  ORDER BY from
  WITH home, state, type, binding, collect([from, until]) AS spans
  // spans in order of their start, each joined to the last when it starts before that one ends
  WITH home, state, type, binding,
    reduce(joinedSpans = [], span IN spans |
      CASE WHEN size(joinedSpans) > 0 AND (last(joinedSpans)[1] IS NULL OR last(joinedSpans)[1] >= span[0])
           THEN joinedSpans[..-1] + [[last(joinedSpans)[0],
                  CASE WHEN last(joinedSpans)[1] IS NULL OR span[1] IS NULL THEN null
                       WHEN span[1] > last(joinedSpans)[1] THEN span[1] ELSE last(joinedSpans)[1] END]]
           ELSE joinedSpans + [span] END) AS joinedSpans
  UNWIND joinedSpans AS span
  MERGE (kind:BilateralClauseKind {home: home.iso2, state: state.iso2, type: type, binding: binding, from: span[0]})
  SET kind.until = span[1]
  WITH home, state, collect(kind) AS kept
  CALL (home, state, kept) {
    MATCH (old:BilateralClauseKind {home: home.iso2, state: state.iso2}) WHERE NOT old IN kept
    DELETE old
  }
  RETURN collect(state.iso2) AS computed
}
// a state the unit's home no longer shares a kind with keeps none
CALL (unit, computed) {
  MATCH (old:BilateralClauseKind {home: unit.home})
  WHERE old.state IS NOT NULL AND (unit.state IS NULL OR old.state = unit.state) AND NOT old.state IN computed
  DELETE old
}
FINISH
