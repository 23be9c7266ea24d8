// The ports a route calls at before its last call at one of the ports `at` (UN/LOCODEs), in call
// order and leaving out the ports of `at`: the ports it passes on its way to that destination. `calls`
// is the route's calls in seq order (RouteCalls.ports: a call's position is its seq); a route that
// calls at none of `at` passes none. Give both as variables: each is read several times.
// parameters: calls, at
[i IN range(0, coalesce([j IN range(0, size({calls}) - 1) WHERE {calls}[j] IN {at}][-1], 0) - 1)
   WHERE NOT {calls}[i] IN {at} | {calls}[i]]
