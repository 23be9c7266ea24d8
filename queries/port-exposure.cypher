// One row for a known port: the active routes calling at it, their origins, the officers posted
// there on $asOf, the treaties in force on $asOf between the home side and the port's state, and its
// yearly seizure totals (SeizureTotal, kept with seizure-counted, so a seizure both at the port and
// shipped from it counts once), invented seizures included and graded. Only what the answer shows:
// the origins only with $origins, the treaties only with $treaties, the graded facts only with
// $facts (which needs $treaties, the treaties being facts it used); else empty lists. With $routeIds
// (never with $facts) each call names its route by id alone, for an answer that shows nothing else of
// it: at ten times national scale a port's calls are hundreds of route nodes.
MATCH (port:Port {locode: $locode})
OPTIONAL MATCH (port)-[:IN_STATE]->(state:State)
CALL (port) {
  OPTIONAL MATCH (r:TraffickingRoute {active: true})-[c:CALLS_AT]->(port)
  WITH r, c ORDER BY r.id, c.seq
  RETURN collect(CASE WHEN r IS NOT NULL THEN {route: r, seq: c.seq, role: c.role} END) AS calls
}
// the origins of the routes read once above, each route once, and only with $origins
CALL (calls) {
  WITH calls WHERE $origins
  UNWIND calls AS call
  WITH DISTINCT call.route AS r
  MATCH (r)-[:CALLS_AT {seq: 0}]->(origin:Port)
  WITH DISTINCT origin ORDER BY origin.locode
  WITH collect(origin) AS origins
  RETURN origins,
         COLLECT { UNWIND origins AS origin
                   MATCH (origin)-[:IN_STATE]->(originState:State)
                   WITH DISTINCT originState ORDER BY originState.iso2
                   RETURN originState } AS originStates
}
CALL (port) {
  OPTIONAL MATCH (officer:LiaisonOfficer)-[:POSTED_AT]->(port)
  WHERE {{officer-posted(officer, $asOf)}}
  WITH officer ORDER BY officer.id
  RETURN collect(officer) AS officers
}
CALL (state) {
  // Multilateral conventions count like bilateral treaties when both sides are parties. Only when
  // $treaties: toward a port of the home state they are every treaty of the home state
  // (thousands at ten times national scale), which a client not showing them or the grade need not
  // wait for.
  WITH state WHERE $treaties
  OPTIONAL MATCH (home:State {iso2: $homeState})
  WITH home, {{home-side(home, $asOf)}} AS homeSide
  OPTIONAL MATCH (state)-[:PARTY_TO]->(treaty:Treaty)
  WHERE {{treaty-in-force(treaty, $asOf)}}
    AND EXISTS { MATCH (side)-[:PARTY_TO]->(treaty) WHERE side IN homeSide }
  WITH DISTINCT treaty ORDER BY treaty.id
  RETURN collect(treaty) AS treaties
}
// the years from $sinceYear are kept and ordered in Java: a year range here makes the planner fail
CALL (port) {
  WITH {{seizure-total-place('Port', port.locode)}} AS portPlace
  // year IS NOT NULL (always true) lets the (place, year) key's index find them, not a scan of all
  MATCH (total:SeizureTotal {place: portPlace})
  WHERE total.year IS NOT NULL AND total.countWithIllustrative > 0
  RETURN collect({year: total.year, place: total.place, seizedAtKg: total.atKgWithIllustrative,
                  shippedFromKg: total.shippedFromKgWithIllustrative,
                  seized: {kg: total.kgWithIllustrative, count: total.countWithIllustrative,
                           grade: total.gradeWithIllustrative}}) AS years
}
// the facts (graded one by one) only with $facts, each route once: its calls are next to each other
RETURN port, state, CASE WHEN $routeIds THEN [call IN calls | call {.*, route: call.route.id}] ELSE calls END AS calls,
       origins, originStates, officers, treaties, years,
       CASE WHEN $facts THEN
         [fact IN [port] + [i IN range(0, size(calls) - 1) WHERE i = 0 OR calls[i].route <> calls[i - 1].route
                            | calls[i].route] + officers + treaties | {{used-fact(fact)}}]
       ELSE [] END AS facts
