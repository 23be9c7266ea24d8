// The $first best paths over LEG into the target port from one port ($fromPort) or any port of a
// state ($fromState), and whether more exist. Best: fewest legs, then shortest sea distance
// (unknown last), then the ports' UN/LOCODEs and the routes' ids. Enumerating every path of up to
// maxLegs legs is combinatorial toward a busy port, so from each start port the search keeps only
// the SHORTEST $search paths ($first + 1: one more tells whether the answer is cut), loop-free
// (ACYCLIC) and over active legs when $activeOnly, both checked during the search; those of all start
// ports are then ordered and cut to $first. Every path with fewer legs than the last one kept is
// among them; of paths with as many legs as it, the search picks which.
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
    MATCH (start:Port {locode: $fromPort}) RETURN start
    UNION
    MATCH (:State {iso2: $fromState})<-[:IN_STATE]-(start:Port) RETURN start
  }
  MATCH path = SHORTEST $search ACYCLIC
    (start)(()-[leg:LEG WHERE $activeOnly = false OR {{active-leg(leg)}}]->()){1,6}(target)
  CALL (path) {
    UNWIND range(0, length(path) - 1) AS i
    WITH i, relationships(path)[i] AS l
    MATCH (r:TraffickingRoute {id: l.route})
    WITH i, l, r ORDER BY i
    RETURN collect({from: startNode(l), to: endNode(l), route: r, distanceNm: l.distanceNm}) AS legs,
           collect(r.id) AS routeIds,
           CASE WHEN any(x IN collect(l) WHERE x.distanceNm IS NULL) THEN null
                ELSE sum(l.distanceNm) END AS distanceNm
  }
  WITH path, legs, routeIds, distanceNm,
       reduce(key = '', p IN nodes(path) | key + p.locode + ' ') + reduce(key = '', id IN routeIds | key + id + ' ') AS tieBreak
  ORDER BY length(path), distanceNm, tieBreak
  WITH collect({ports: nodes(path), legs: legs, distanceNm: distanceNm,
                facts: [fact IN nodes(path) + [leg IN legs | leg.route] | {{used-fact(fact)}}]}) AS found
  RETURN found[..$first] AS paths, size(found) > $first AS truncated
}
RETURN target IS NOT NULL AS toKnown, fromKnown, paths, truncated
