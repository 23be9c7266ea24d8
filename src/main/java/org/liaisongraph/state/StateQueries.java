package org.liaisongraph.state;

import java.time.LocalDate;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.compiled.CompiledReads.Projection;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.Source;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** Reads of states, blocs, memberships, ratings, convictions and detention figures. */
@Service
class StateQueries {

	private static final String STATES = """
			MATCH (n:State)
			WHERE ($iso2 IS NULL OR n.iso2 IN $iso2)
			  AND ($region IS NULL OR n.region = $region)
			  AND ($subregion IS NULL OR n.subregion = $subregion)
			  AND ($bloc IS NULL OR {{in-bloc(n, $bloc, $today)}})
			  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
			  AND ($onActiveRoute IS NULL OR $onActiveRoute = EXISTS {
			        (n)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(:TraffickingRoute {active: true}) })""";

	private static final String BLOCS = "MATCH (n:Bloc) RETURN n ORDER BY n.code";

	private static final String MEMBERS = """
			MATCH (b:Bloc)<-[:MEMBER_OF]-(n:State) WHERE b.code IN $keys
			RETURN b.code AS key, n ORDER BY n.iso2""";

	private static final String MEMBERSHIPS = """
			MATCH (s:State)-[m:MEMBER_OF]->(b:Bloc) WHERE s.iso2 IN $keys
			OPTIONAL MATCH (src:Source {id: m.source})
			RETURN s.iso2 AS key, b, m.since AS since, src, m.version AS version ORDER BY b.code""";

	private static final String RATINGS = """
			MATCH (s:State)-[r:RATED]->(i:Index) WHERE s.iso2 IN $keys
			OPTIONAL MATCH (src:Source {id: r.source})
			RETURN s.iso2 AS key, i, r.year AS year, r.score AS score, src, r.version AS version ORDER BY r.year DESC, i.code""";

	private static final String CONVICTIONS = """
			MATCH (s:State)-[c:NATIONALS_CONVICTED]->(by:State) WHERE s.iso2 IN $keys
			OPTIONAL MATCH (src:Source {id: c.source})
			RETURN s.iso2 AS key, s, by, c.year AS year, c.count AS count, src, c.version AS version ORDER BY c.year DESC, by.iso2""";

	private static final String DETENTIONS = """
			MATCH (s:State)-[d:DETAINED_IN]->(in:State) WHERE s.iso2 IN $keys
			OPTIONAL MATCH (src:Source {id: d.source})
			RETURN s.iso2 AS key, s, in, d.date AS date, d.measure AS measure, d.count AS count, src, d.version AS version
			ORDER BY d.date DESC, in.iso2, d.measure""";

	private final GraphReader reader;

	private final StateRepository states;

	private final String statesCypher;

	private final Clock clock;

	StateQueries(GraphReader reader, StateRepository states, NamedQueries queries, Clock clock) {
		this.reader = reader;
		this.states = states;
		this.statesCypher = queries.assemble(STATES, "StateQueries.STATES");
		this.clock = clock;
	}

	State state(String iso2) {
		return reader.read(() -> states.findById(iso2)).orElseThrow(() -> new NotFoundException("state", "iso2", iso2));
	}

	PageOfItems<State> states(StateFilter filter, PageBounds page) {
		return reader.page(State.class, statesCypher, parameters(filter), page);
	}

	/** The same page, each state as the map of the fields a compiled selection reads, in one statement. */
	PageOfItems<Map<String, Object>> states(StateFilter filter, PageBounds page, Projection selection) {
		return reader.projectedPage(State.class, statesCypher, parameters(filter), page, selection.expression(),
				selection.parameters(), selection.item());
	}

	private Map<String, Object> parameters(StateFilter filter) {
		return GraphReader.with(filter.parameters(), "today", LocalDate.now(clock));
	}

	List<Bloc> blocs() {
		return reader.nodes(Bloc.class, BLOCS, Map.of());
	}

	Map<Bloc, List<State>> members(Collection<Bloc> blocs) {
		return reader.grouped(MEMBERS, Map.of(), blocs, Bloc::code, r -> reader.node(State.class, r.get("n")));
	}

	Map<State, List<Membership>> memberships(Collection<State> parents) {
		return reader.grouped(MEMBERSHIPS, Map.of(), parents, State::iso2,
				r -> new Membership(reader.node(Bloc.class, r.get("b")), r.get("since").asLocalDate(null), source(r),
						version(r)));
	}

	Map<State, List<Rating>> ratings(Collection<State> parents) {
		return reader.grouped(RATINGS, Map.of(), parents, State::iso2,
				r -> new Rating(reader.node(Index.class, r.get("i")), r.get("year").asInt(), r.get("score").asDouble(),
						source(r), version(r)));
	}

	Map<State, List<Conviction>> convictions(Collection<State> parents) {
		return reader.grouped(CONVICTIONS, Map.of(), parents, State::iso2,
				r -> new Conviction(reader.node(State.class, r.get("s")), reader.node(State.class, r.get("by")),
						r.get("year").asInt(), r.get("count").asInt(), source(r), version(r)));
	}

	Map<State, List<Detention>> detentions(Collection<State> parents) {
		return reader.grouped(DETENTIONS, Map.of(), parents, State::iso2,
				r -> new Detention(reader.node(State.class, r.get("s")), reader.node(State.class, r.get("in")),
						r.get("date").asLocalDate(), DetentionMeasure.valueOf(r.get("measure").asString()),
						r.get("count").asInt(), source(r), version(r)));
	}

	/** The version of the fact the row reads, which a change to it must name. */
	private static Integer version(Record r) {
		return r.get("version").isNull() ? null : r.get("version").asInt();
	}

	private Source source(Record r) {
		return reader.node(Source.class, r.get("src"));
	}

}
