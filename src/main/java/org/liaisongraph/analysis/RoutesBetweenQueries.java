package org.liaisongraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;

import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.TraffickingRoute;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Runs {@code queries/routes-between.cypher}: one statement per call, whatever the number of paths.
 * The path's bound is a literal in Cypher, so the file is held once per {@code maxLegs}, its bound
 * replaced by that number (a constant of this class, never input), and the search stops there.
 */
@Service
class RoutesBetweenQueries {

	private static final String CAP = "]->()){1," + RoutesBetweenController.MAX_LEGS_CAP + "}";

	private final GraphReader reader;

	/** The statement bounded by maxLegs, at index maxLegs - 1. */
	private final List<String> byMaxLegs = new ArrayList<>();

	RoutesBetweenQueries(GraphReader reader, NamedQueries queries) {
		this.reader = reader;
		String cypher = queries.get("routes-between");
		if (!cypher.contains(CAP)) {
			throw new IllegalStateException("queries/routes-between.cypher must bound its LEG pattern by " + CAP);
		}
		for (int legs = 1; legs <= RoutesBetweenController.MAX_LEGS_CAP; legs++) {
			byMaxLegs.add(cypher.replace(CAP, "]->()){1," + legs + "}"));
		}
	}

	RoutesBetween fromPort(String locode, String to, int maxLegs, boolean activeOnly, int first) {
		return paths(locode, null, to, maxLegs, activeOnly, first, () -> new NotFoundException("port", "from", locode));
	}

	RoutesBetween fromState(String iso2, String to, int maxLegs, boolean activeOnly, int first) {
		return paths(null, iso2, to, maxLegs, activeOnly, first, () -> new NotFoundException("state", "from", iso2));
	}

	private RoutesBetween paths(String fromPort, String fromState, String to, int maxLegs, boolean activeOnly,
			int first, Supplier<NotFoundException> unknownFrom) {
		var parameters = new HashMap<String, Object>();
		parameters.put("fromPort", fromPort);
		parameters.put("fromState", fromState);
		parameters.put("to", to);
		parameters.put("activeOnly", activeOnly);
		parameters.put("first", first);
		// one path more than asked from each start port tells whether the answer is cut
		parameters.put("search", first + 1);
		var row = reader.records(byMaxLegs.get(maxLegs - 1), parameters).getFirst();
		if (!row.get("fromKnown").asBoolean()) {
			throw unknownFrom.get();
		}
		if (!row.get("toKnown").asBoolean()) {
			throw new NotFoundException("port", "to", to);
		}
		return new RoutesBetween(row.get("paths").asList(this::path), row.get("truncated").asBoolean());
	}

	private RoutesBetweenPath path(Value path) {
		List<Port> ports = path.get("ports").asList(p -> reader.node(Port.class, p));
		List<RoutesBetweenLeg> legs = path.get("legs")
			.asList(l -> new RoutesBetweenLeg(reader.node(Port.class, l.get("from")), reader.node(Port.class, l.get("to")),
					reader.node(TraffickingRoute.class, l.get("route")), nullableDouble(l.get("distanceNm"))));
		return new RoutesBetweenPath(ports, legs, nullableDouble(path.get("distanceNm")),
				List.copyOf(UsedFact.read(path.get("facts")).values()));
	}

	private static Double nullableDouble(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

}
