// The $first best paths over LEG into the target port from one port ($fromPort) or any port of a
// state ($fromState), and whether more exist. Best: fewest legs, then shortest sea distance
// (unknown last), then the ports' UN/LOCODEs and the routes' ids. Enumerating every path of up to
// maxLegs legs is combinatorial toward a busy port, so from each start port the search keeps only
// the SHORTEST $search paths ($first + 1: one more tells whether the answer is cut), loop-free
// (ACYCLIC) and over active legs when $activeOnly, both checked during the search; those of all start
// ports are then ordered and cut to $first, and only those read their routes and grades. Every path
// with fewer legs than the last one kept is among them; of paths with as many legs as it, the search
// picks which. The search checks each leg it expands against the disused routes' ids, read once.
// The quantifier's bound must be a literal: RoutesBetweenQueries writes one statement per maxLegs,
// replacing the 6 (the cap) of {1,6} below, so that the search itself stops at maxLegs legs.
// SHORTEST k and ACYCLIC are Cypher 25; the database's default language is Cypher 5.
CYPHER 25
OPTIONAL MATCH (target:Port {locode: $to})
WITH target,
     EXISTS { MATCH (:Port {locode: $fromPort}) } OR EXISTS { MATCH (:State {iso2: $fromState}) } AS fromKnown
CALL (target) {
  WITH target WHERE target IS NOT NULL
  CALL () {
    WITH 0 AS unused WHERE $activeOnly
    {{disused-route-ids()}}
  }
  CALL () {
    MATCH (start:Port {locode: $fromPort}) RETURN start
    UNION
    MATCH (:State {iso2: $fromState})<-[:IN_STATE]-(start:Port) RETURN start
  }
  MATCH path = SHORTEST $search ACYCLIC
    (start)(()-[leg:LEG WHERE $activeOnly = false OR {{active-leg(leg, disusedRouteIds)}}]->()){1,6}(target)
  // ordered by the legs' own route ids and distances: only the paths given read their routes and grades
  WITH path, relationships(path) AS steps
  WITH path, steps,
       CASE WHEN any(step IN steps WHERE step.distanceNm IS NULL) THEN null
            ELSE reduce(total = 0, step IN steps | total + step.distanceNm) END AS distanceNm,
       reduce(key = '', p IN nodes(path) | key + p.locode + ' ') + reduce(key = '', step IN steps | key + step.route + ' ') AS tieBreak
  ORDER BY length(path), distanceNm, tieBreak
  WITH collect({path: path, steps: steps, distanceNm: distanceNm}) AS found
  RETURN COLLECT {
           UNWIND range(0, size(found[..$first]) - 1) AS rank
           WITH rank, found[rank] AS kept
           CALL (kept) {
             UNWIND kept.steps AS l
             MATCH (r:TraffickingRoute {id: l.route})
             RETURN collect({from: startNode(l), to: endNode(l), route: r, distanceNm: l.distanceNm}) AS legs
           }
           WITH rank, nodes(kept.path) AS ports, legs, kept.distanceNm AS distanceNm ORDER BY rank
           RETURN {ports: ports, legs: legs, distanceNm: distanceNm,
                   facts: [fact IN ports + [leg IN legs | leg.route] | {{used-fact(fact)}}]}
         } AS paths,
         size(found) > $first AS truncated
}
RETURN target IS NOT NULL AS toKnown, fromKnown, paths, truncated
