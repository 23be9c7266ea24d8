// The body of a CALL subquery: each kind of clause ({type, binding}) of the bilateral treaties in
// force on a date between the home state and each other state, as the derived BilateralClauseKind
// holds them (computed by queries/bilateral-clause-kinds-refresh.cypher from home-side,
// treaty-in-force and bilateral, kept by every write and import), without reading a treaty: as
// column `bilateralByState`, one {state, kinds} per state that has any.
// parameters: home, on
MATCH (kind:BilateralClauseKind {home: {home}.iso2})
// the state named too: the (home, state) index answers then
WHERE kind.state IS NOT NULL AND {{clause-kind-on(kind, {on})}}
WITH kind.state AS iso2, collect(DISTINCT kind {.type, .binding}) AS kinds
MATCH (state:State {iso2: iso2})
RETURN collect({state: state, kinds: kinds}) AS bilateralByState
