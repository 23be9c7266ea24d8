package org.liaisongraph.analysis;

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

/** Runs {@code queries/routes-between.cypher}: one statement per call, whatever the number of paths. */
@Service
class RoutesBetweenQueries {

	private final GraphReader reader;

	private final NamedQueries queries;

	RoutesBetweenQueries(GraphReader reader, NamedQueries queries) {
		this.reader = reader;
		this.queries = queries;
	}

	List<RoutesBetweenPath> fromPort(String locode, String to, int maxLegs, boolean activeOnly) {
		return paths(locode, null, to, maxLegs, activeOnly, () -> new NotFoundException("port", "from", locode));
	}

	List<RoutesBetweenPath> fromState(String iso2, String to, int maxLegs, boolean activeOnly) {
		return paths(null, iso2, to, maxLegs, activeOnly, () -> new NotFoundException("state", "from", iso2));
	}

	private List<RoutesBetweenPath> paths(String fromPort, String fromState, String to, int maxLegs,
			boolean activeOnly, Supplier<NotFoundException> unknownFrom) {
		var parameters = new HashMap<String, Object>();
		parameters.put("fromPort", fromPort);
		parameters.put("fromState", fromState);
		parameters.put("to", to);
		parameters.put("maxLegs", maxLegs);
		parameters.put("activeOnly", activeOnly);
		var row = reader.records(queries.get("routes-between"), parameters).getFirst();
		if (!row.get("fromKnown").asBoolean()) {
			throw unknownFrom.get();
		}
		if (!row.get("toKnown").asBoolean()) {
			throw new NotFoundException("port", "to", to);
		}
		return row.get("paths").asList(this::path);
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
