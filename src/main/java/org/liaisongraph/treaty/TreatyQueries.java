package org.liaisongraph.treaty;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.source.Source;
import org.liaisongraph.state.Bloc;
import org.liaisongraph.state.State;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** Reads of treaties, their parties and clauses. */
@Service
class TreatyQueries {

	private static final String TREATIES = """
			MATCH (n:Treaty)
			WHERE ($kind IS NULL OR n.kind = $kind)
			  AND ($status IS NULL OR n.status = $status)
			  AND ($party IS NULL OR EXISTS { (p)-[:PARTY_TO]->(n) WHERE p.iso2 = $party OR p.code = $party })
			  AND ($region IS NULL OR EXISTS { (s:State)-[:PARTY_TO]->(n) WHERE s.region = $region })
			  AND ($bloc IS NULL OR EXISTS { (s:State)-[:PARTY_TO]->(n) WHERE (s)-[:MEMBER_OF]->(:Bloc {code: $bloc}) })
			  AND ($hasClause IS NULL OR all(t IN $hasClause WHERE EXISTS { (n)-[:HAS_CLAUSE]->(:Clause {type: t}) }))
			  AND ($lacksClause IS NULL OR none(t IN $lacksClause WHERE EXISTS { (n)-[:HAS_CLAUSE]->(:Clause {type: t}) }))
			  AND ($inForceOn IS NULL OR (n.inForceFrom <= $inForceOn
			        AND (n.terminatedOn IS NULL OR n.terminatedOn > $inForceOn) AND n.status <> 'SUSPENDED'))""";

	private static final String TREATIES_OF_STATES = """
			MATCH (s:State)-[:PARTY_TO]->(n:Treaty) WHERE s.iso2 IN $keys
			RETURN s.iso2 AS key, n ORDER BY n.id""";

	private static final String PARTIES = """
			MATCH (a)-[p:PARTY_TO]->(t:Treaty) WHERE t.id IN $keys
			OPTIONAL MATCH (src:Source {id: p.source})
			RETURN t.id AS key, a, coalesce(a.iso2, a.code) AS code, 'State' IN labels(a) AS isState,
			       p.since AS since, src
			ORDER BY code""";

	private static final String CLAUSES = """
			MATCH (t:Treaty)-[:HAS_CLAUSE]->(n:Clause) WHERE t.id IN $keys
			RETURN t.id AS key, n ORDER BY n.id""";

	private static final String TREATY_OF_CLAUSES = """
			MATCH (n:Treaty)-[:HAS_CLAUSE]->(c:Clause) WHERE c.id IN $keys
			RETURN c.id AS key, n""";

	private final GraphReader reader;

	private final TreatyRepository treaties;

	TreatyQueries(GraphReader reader, TreatyRepository treaties) {
		this.reader = reader;
		this.treaties = treaties;
	}

	Treaty treaty(String id) {
		return reader.read(() -> treaties.findById(id)).orElseThrow(() -> new NotFoundException("treaty", "id", id));
	}

	PageOfItems<Treaty> treaties(TreatyFilter filter, PageBounds page) {
		return reader.page(Treaty.class, TREATIES, filter.parameters(), page);
	}

	Map<State, List<Treaty>> treatiesOf(Collection<State> states) {
		return reader.grouped(TREATIES_OF_STATES, Map.of(), states, State::iso2,
				r -> reader.node(Treaty.class, r.get("n")));
	}

	Map<Treaty, List<Party>> parties(Collection<Treaty> parents) {
		return reader.grouped(PARTIES, Map.of(), parents, Treaty::id, this::party);
	}

	Map<Treaty, List<Clause>> clauses(Collection<Treaty> parents) {
		return reader.grouped(CLAUSES, Map.of(), parents, Treaty::id, r -> reader.node(Clause.class, r.get("n")));
	}

	Map<Clause, Treaty> treatyOf(Collection<Clause> clauses) {
		return reader.single(TREATY_OF_CLAUSES, clauses, Clause::id, r -> reader.node(Treaty.class, r.get("n")));
	}

	private Party party(Record r) {
		Object actor = r.get("isState").asBoolean() ? reader.node(State.class, r.get("a"))
				: reader.node(Bloc.class, r.get("a"));
		return new Party(actor, r.get("code").asString(), r.get("since").asLocalDate(null),
				reader.node(Source.class, r.get("src")));
	}

}
