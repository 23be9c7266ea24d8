package org.liaisongraph.port;

import java.time.LocalDate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.state.State;
import org.springframework.stereotype.Service;

/** Reads of ports and of the state each lies in. */
@Service
class PortQueries {

	private static final String PORTS = """
			MATCH (n:Port)
			OPTIONAL MATCH (n)-[:IN_STATE]->(s:State)
			WITH n, s
			WHERE ($state IS NULL OR s.iso2 = $state)
			  AND ($region IS NULL OR s.region = $region)
			  AND ($bloc IS NULL OR {{in-bloc(s, $bloc, $today)}})
			  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
			  AND ($onActiveRoute IS NULL OR $onActiveRoute = EXISTS { (n)<-[:CALLS_AT]-(:TraffickingRoute {active: true}) })""";

	private static final String PORTS_OF_STATES = """
			MATCH (n:Port)-[:IN_STATE]->(s:State) WHERE s.iso2 IN $keys
			RETURN s.iso2 AS key, n ORDER BY n.locode""";

	private static final String STATE_OF_PORTS = """
			MATCH (p:Port)-[:IN_STATE]->(n:State) WHERE p.locode IN $keys
			RETURN p.locode AS key, n""";

	private final GraphReader reader;

	private final PortRepository ports;

	private final String portsCypher;

	private final Clock clock;

	PortQueries(GraphReader reader, PortRepository ports, NamedQueries queries, Clock clock) {
		this.portsCypher = queries.assemble(PORTS, "PortQueries.PORTS");
		this.clock = clock;
		this.reader = reader;
		this.ports = ports;
	}

	Port port(String locode) {
		return reader.read(() -> ports.findById(locode)).orElseThrow(() -> new NotFoundException("port", "locode", locode));
	}

	PageOfItems<Port> ports(PortFilter filter, PageBounds page) {
		return reader.page(Port.class, portsCypher, GraphReader.with(filter.parameters(), "today", LocalDate.now(clock)),
				page);
	}

	Map<State, List<Port>> portsOf(Collection<State> states) {
		return reader.grouped(PORTS_OF_STATES, Map.of(), states, State::iso2, r -> reader.node(Port.class, r.get("n")));
	}

	Map<Port, State> stateOf(Collection<Port> parents) {
		return reader.single(STATE_OF_PORTS, parents, Port::locode, r -> reader.node(State.class, r.get("n")));
	}

}
