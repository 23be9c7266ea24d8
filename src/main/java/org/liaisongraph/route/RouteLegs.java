package org.liaisongraph.route;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code LEG} relationships of routes in step with their {@code CALLS_AT} calls: one leg
 * per pair of consecutive calls, numbered from 0, stale legs removed, each with its sea distance.
 * Every write of a route's calls runs this in the same transaction.
 */
@Component
@NamedInterface("legs")
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

	private static final String LEGS_WITHOUT_DISTANCE = """
			MATCH (a:Port)-[l:LEG]->(b:Port)
			WHERE l.distanceNm IS NULL AND ($routes IS NULL OR l.route IN $routes)
			RETURN elementId(l) AS leg, a.latitude AS lat1, a.longitude AS lon1, b.latitude AS lat2, b.longitude AS lon2""";

	private static final String SET_DISTANCES = """
			UNWIND $legs AS leg
			MATCH ()-[l:LEG]->() WHERE elementId(l) = leg.id
			SET l.distanceNm = leg.distanceNm""";

	private final Neo4jClient client;

	private final SeaDistances seaDistances;

	RouteLegs(Neo4jClient client, SeaDistances seaDistances) {
		this.client = client;
		this.seaDistances = seaDistances;
	}

	/**
	 * Re-derives the legs of the given routes, within the caller's transaction if there is one, and
	 * computes the sea distance of each new or changed leg once, on the MARNET network.
	 */
	public void derive(Collection<String> routeIds) {
		if (routeIds.isEmpty()) {
			return;
		}
		var routes = Map.<String, Object>of("routes", List.copyOf(routeIds));
		client.query(DERIVE).bindAll(routes).run();
		computeDistances(routes);
	}

	/**
	 * Computes the distances that legs lack, such as legs written before distances existed or whose
	 * ports had no coordinates then.
	 */
	public void fillMissingDistances() {
		var allRoutes = new HashMap<String, Object>();
		allRoutes.put("routes", null);
		computeDistances(allRoutes);
	}

	private void computeDistances(Map<String, Object> routes) {
		List<Map<String, Object>> distances = new ArrayList<>();
		for (Map<String, Object> leg : client.query(LEGS_WITHOUT_DISTANCE).bindAll(routes).fetch().all()) {
			if (leg.get("lat1") instanceof Double lat1 && leg.get("lon1") instanceof Double lon1
					&& leg.get("lat2") instanceof Double lat2 && leg.get("lon2") instanceof Double lon2) {
				var distance = seaDistances.distanceNm(lat1, lon1, lat2, lon2);
				var row = new HashMap<String, Object>();
				row.put("id", leg.get("leg"));
				row.put("distanceNm", distance.isPresent() ? distance.getAsDouble() : null);
				distances.add(row);
			}
		}
		if (!distances.isEmpty()) {
			client.query(SET_DISTANCES).bind(distances).to("legs").run();
		}
	}

}
