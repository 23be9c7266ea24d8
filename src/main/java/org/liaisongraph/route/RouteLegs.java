package org.liaisongraph.route;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code LEG} relationships of routes in step with their {@code CALLS_AT} calls: one leg
 * per pair of consecutive calls, numbered from 0, stale legs removed. Every write of a route's calls
 * runs this in the same transaction.
 */
@Component
public class RouteLegs {

	private static final String DERIVE = """
			UNWIND $routes AS rid
			MATCH (r:TraffickingRoute {id: rid})
			OPTIONAL MATCH (r)-[c:CALLS_AT]->(p:Port)
			WITH r, c, p ORDER BY c.seq
			WITH r, [x IN collect(p) WHERE x IS NOT NULL] AS ports
			CALL (r, ports) {
			  UNWIND range(0, size(ports) - 2) AS i
			  WITH ports[i] AS a, ports[i + 1] AS b, i
			  MERGE (a)-[l:LEG {route: r.id, seq: i}]->(b)
			  RETURN collect(elementId(l)) AS kept
			}
			MATCH ()-[old:LEG {route: r.id}]->()
			WHERE NOT elementId(old) IN kept
			DELETE old""";

	private final Neo4jClient client;

	RouteLegs(Neo4jClient client) {
		this.client = client;
	}

	/** Re-derives the legs of the given routes, within the caller's transaction if there is one. */
	public void derive(Collection<String> routeIds) {
		if (!routeIds.isEmpty()) {
			client.query(DERIVE).bindAll(Map.of("routes", List.copyOf(routeIds))).run();
		}
	}

}
