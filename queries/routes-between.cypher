// Paths over LEG into the target port from one port ($fromPort) or any port of a state ($fromState).
// The variable-length bound must be a literal: RoutesBetweenQueries writes one statement per maxLegs,
// replacing the 6 (the cap) of the LEG pattern below, so that the expansion itself stops at maxLegs legs.
OPTIONAL MATCH (target:Port {locode: $to})
WITH target,
     EXISTS { MATCH (:Port {locode: $fromPort}) } OR EXISTS { MATCH (:State {iso2: $fromState}) } AS fromKnown
CALL (target) {
  WITH target WHERE target IS NOT NULL
  MATCH path = (start:Port)-[:LEG*1..6]->(target)
  WHERE (start.locode = $fromPort OR EXISTS { (start)-[:IN_STATE]->(:State {iso2: $fromState}) })
    AND all(i IN range(1, length(path)) WHERE NOT nodes(path)[i] IN nodes(path)[..i])
    AND ($activeOnly = false
         OR all(l IN relationships(path) WHERE EXISTS { MATCH (r:TraffickingRoute {id: l.route}) WHERE r.active }))
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
  RETURN collect({ports: nodes(path), legs: legs, distanceNm: distanceNm,
                  facts: [fact IN nodes(path) + [leg IN legs | leg.route] | {{used-fact(fact)}}]}) AS paths
}
RETURN target IS NOT NULL AS toKnown, fromKnown, paths
