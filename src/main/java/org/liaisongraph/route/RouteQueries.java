package org.liaisongraph.route;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.port.Port;
import org.liaisongraph.state.State;
import org.liaisongraph.source.Source;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** Reads of trafficking routes, their calls and legs, and seizures. */
@Service
class RouteQueries {

	private static final String ROUTES = """
			MATCH (n:TraffickingRoute)
			WHERE ($commodity IS NULL OR n.commodity = $commodity)
			  AND ($modality IS NULL OR n.modality = $modality)
			  AND ($active IS NULL OR n.active = $active)
			  AND ($callsAt IS NULL OR EXISTS { (n)-[:CALLS_AT]->(:Port {locode: $callsAt}) })
			  AND ($state IS NULL OR EXISTS { (n)-[:CALLS_AT]->(:Port)-[:IN_STATE]->(:State {iso2: $state}) })""";

	private static final String SEIZURES = """
			MATCH (n:Seizure)
			WHERE ($at IS NULL OR EXISTS { (n)-[:AT]->(:Port {locode: $at}) })
			  AND ($shippedFrom IS NULL OR EXISTS { (n)-[:SHIPPED_FROM]->(:Port {locode: $shippedFrom}) })
			  AND ($shippedFromState IS NULL
			       OR EXISTS { (n)-[:SHIPPED_FROM]->(:Port)-[:IN_STATE]->(:State {iso2: $shippedFromState}) }
			       OR EXISTS { (n)-[:SHIPPED_FROM_STATE]->(:State {iso2: $shippedFromState}) })
			  AND ($drug IS NULL OR toLower(n.drug) = toLower($drug))
			  AND ($from IS NULL OR n.seizedOn >= $from)
			  AND ($to IS NULL OR n.seizedOn <= $to)""";

	private static final String CALLS_OF_ROUTES = """
			MATCH (r:TraffickingRoute)-[c:CALLS_AT]->(p:Port) WHERE r.id IN $keys
			OPTIONAL MATCH (src:Source {id: c.source})
			RETURN r.id AS key, r, p, c.seq AS seq, c.role AS role, src ORDER BY c.seq""";

	private static final String CALLS_AT_PORTS = """
			MATCH (r:TraffickingRoute)-[c:CALLS_AT]->(p:Port) WHERE p.locode IN $keys
			OPTIONAL MATCH (src:Source {id: c.source})
			RETURN p.locode AS key, r, p, c.seq AS seq, c.role AS role, src ORDER BY r.id, c.seq""";

	private static final String LEGS = """
			MATCH (a:Port)-[l:LEG]->(b:Port) WHERE l.route IN $keys
			RETURN l.route AS key, a, b, l.seq AS seq, l.distanceNm AS distanceNm ORDER BY l.seq""";

	private static final String SEIZURES_OF_ROUTES = """
			MATCH (n:Seizure)-[:ON_ROUTE]->(r:TraffickingRoute) WHERE r.id IN $keys
			RETURN r.id AS key, n ORDER BY n.seizedOn DESC, n.id""";

	private static final String SEIZURES_AT_PORTS = """
			MATCH (n:Seizure)-[:AT]->(p:Port) WHERE p.locode IN $keys
			RETURN p.locode AS key, n ORDER BY n.seizedOn DESC, n.id""";

	private static final String SEIZURES_SHIPPED_FROM_PORTS = """
			MATCH (n:Seizure)-[:SHIPPED_FROM]->(p:Port) WHERE p.locode IN $keys
			RETURN p.locode AS key, n ORDER BY n.seizedOn DESC, n.id""";

	private static final String PORT_OF_SEIZURES = """
			MATCH (s:Seizure)-[:AT]->(n:Port) WHERE s.id IN $keys RETURN s.id AS key, n""";

	private static final String ORIGIN_OF_SEIZURES = """
			MATCH (s:Seizure)-[:SHIPPED_FROM]->(n:Port) WHERE s.id IN $keys RETURN s.id AS key, n""";

	private static final String ORIGIN_STATE_OF_SEIZURES = """
			MATCH (s:Seizure)-[:SHIPPED_FROM_STATE]->(n:State) WHERE s.id IN $keys RETURN s.id AS key, n""";

	private static final String WHOLE_OF_SEIZURES = """
			MATCH (s:Seizure)-[:PART_OF]->(n:Seizure) WHERE s.id IN $keys RETURN s.id AS key, n""";

	private static final String PARTS_OF_SEIZURES = """
			MATCH (n:Seizure)-[:PART_OF]->(w:Seizure) WHERE w.id IN $keys
			RETURN w.id AS key, n ORDER BY n.id""";

	private static final String ROUTE_OF_SEIZURES = """
			MATCH (s:Seizure)-[:ON_ROUTE]->(n:TraffickingRoute) WHERE s.id IN $keys RETURN s.id AS key, n""";

	private final GraphReader reader;

	RouteQueries(GraphReader reader) {
		this.reader = reader;
	}

	PageOfItems<TraffickingRoute> routes(RouteFilter filter, PageBounds page) {
		return reader.page(TraffickingRoute.class, ROUTES, filter.parameters(), page);
	}

	PageOfItems<Seizure> seizures(SeizureFilter filter, PageBounds page) {
		return reader.page(Seizure.class, SEIZURES, filter.parameters(), page, "seizedOn");
	}

	Map<TraffickingRoute, List<RouteCall>> calls(Collection<TraffickingRoute> routes) {
		return reader.grouped(CALLS_OF_ROUTES, Map.of(), routes, TraffickingRoute::id, this::call);
	}

	Map<Port, List<RouteCall>> callsAt(Collection<Port> ports) {
		return reader.grouped(CALLS_AT_PORTS, Map.of(), ports, Port::locode, this::call);
	}

	Map<TraffickingRoute, List<Leg>> legs(Collection<TraffickingRoute> routes) {
		return reader.grouped(LEGS, Map.of(), routes, TraffickingRoute::id,
				r -> new Leg(reader.node(Port.class, r.get("a")), reader.node(Port.class, r.get("b")),
						r.get("seq").asInt(), r.get("distanceNm").isNull() ? null : r.get("distanceNm").asDouble()));
	}

	Map<TraffickingRoute, List<Seizure>> seizuresOn(Collection<TraffickingRoute> routes) {
		return reader.grouped(SEIZURES_OF_ROUTES, Map.of(), routes, TraffickingRoute::id, this::seizure);
	}

	Map<Port, List<Seizure>> seizuresAt(Collection<Port> ports) {
		return reader.grouped(SEIZURES_AT_PORTS, Map.of(), ports, Port::locode, this::seizure);
	}

	Map<Port, List<Seizure>> seizuresShippedFrom(Collection<Port> ports) {
		return reader.grouped(SEIZURES_SHIPPED_FROM_PORTS, Map.of(), ports, Port::locode, this::seizure);
	}

	Map<Seizure, Port> portOf(Collection<Seizure> seizures) {
		return reader.single(PORT_OF_SEIZURES, seizures, Seizure::id, r -> reader.node(Port.class, r.get("n")));
	}

	Map<Seizure, Port> originOf(Collection<Seizure> seizures) {
		return reader.single(ORIGIN_OF_SEIZURES, seizures, Seizure::id, r -> reader.node(Port.class, r.get("n")));
	}

	Map<Seizure, State> originStateOf(Collection<Seizure> seizures) {
		return reader.single(ORIGIN_STATE_OF_SEIZURES, seizures, Seizure::id, r -> reader.node(State.class, r.get("n")));
	}

	Map<Seizure, Seizure> wholeOf(Collection<Seizure> seizures) {
		return reader.single(WHOLE_OF_SEIZURES, seizures, Seizure::id, this::seizure);
	}

	Map<Seizure, List<Seizure>> partsOf(Collection<Seizure> seizures) {
		return reader.grouped(PARTS_OF_SEIZURES, Map.of(), seizures, Seizure::id, this::seizure);
	}

	Map<Seizure, TraffickingRoute> routeOf(Collection<Seizure> seizures) {
		return reader.single(ROUTE_OF_SEIZURES, seizures, Seizure::id,
				r -> reader.node(TraffickingRoute.class, r.get("n")));
	}

	private RouteCall call(Record r) {
		return new RouteCall(reader.node(TraffickingRoute.class, r.get("r")), reader.node(Port.class, r.get("p")),
				r.get("seq").asInt(), CallRole.valueOf(r.get("role").asString()), reader.node(Source.class, r.get("src")));
	}

	private Seizure seizure(Record r) {
		return reader.node(Seizure.class, r.get("n"));
	}

}
