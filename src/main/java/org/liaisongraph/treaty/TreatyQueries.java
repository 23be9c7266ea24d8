package org.liaisongraph.treaty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.compiled.CompiledReads.Projection;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
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
			  AND ($party IS NULL OR EXISTS { (p)-[:PARTY_TO]->(n) WHERE p.iso2 = $party OR p.code = $party }
			       OR ($throughBlocs AND EXISTS { MATCH (:State {iso2: $party})-[membership:MEMBER_OF]->(:Bloc)-[:PARTY_TO]->(n)
			                                      WHERE {{member-on(membership, $membersOn)}} }))
			  AND ($region IS NULL OR EXISTS { (s:State)-[:PARTY_TO]->(n) WHERE s.region = $region })
			  AND ($bloc IS NULL OR EXISTS { MATCH (s:State)-[:PARTY_TO]->(n) WHERE {{in-bloc(s, $bloc, $today)}} })
			  AND ($hasClause IS NULL OR all(t IN $hasClause WHERE EXISTS { (n)-[:HAS_CLAUSE]->(:Clause {type: t}) }))
			  AND ($lacksClause IS NULL OR none(t IN $lacksClause WHERE EXISTS { (n)-[:HAS_CLAUSE]->(:Clause {type: t}) }))
			  AND ($inForceOn IS NULL OR {{treaty-in-force(n, $inForceOn)}})""";

	/** The window of each key is cut in the statement: a page of 5 reads no more than 5 rows per state. */
	private static final String TREATIES_OF_STATES = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (:State {iso2: key.iso2})-[:PARTY_TO]->(n:Treaty)
			  WHERE (key.kind IS NULL OR n.kind = key.kind)
			    AND (key.after IS NULL OR n.id > key.after)
			    AND (key.inForceOn IS NULL OR {{treaty-in-force(n, key.inForceOn)}})
			  WITH n ORDER BY n.id
			  WITH collect(n) AS treaties
			  UNWIND treaties[..coalesce(key.first, size(treaties))] AS n
			  RETURN n
			}
			RETURN key, n""";

	private static final String IN_FORCE = """
			UNWIND $keys AS key
			MATCH (n:Treaty {id: key.id})
			RETURN key, {{treaty-in-force(n, key.on)}} AS inForce""";

	private static final String PARTIES = """
			MATCH (a)-[p:PARTY_TO]->(t:Treaty) WHERE t.id IN $keys
			OPTIONAL MATCH (src:Source {id: p.source})
			RETURN t.id AS key, a, coalesce(a.iso2, a.code) AS code, 'State' IN labels(a) AS isState,
			       p.since AS since, src
			ORDER BY code""";

	private static final String CLAUSES = """
			UNWIND $keys AS key
			CALL (key) {
			  MATCH (:Treaty {id: key.id})-[:HAS_CLAUSE]->(n:Clause)
			  WHERE key.after IS NULL OR n.id > key.after
			  WITH n ORDER BY n.id
			  WITH collect(n) AS clauses
			  UNWIND clauses[..coalesce(key.first, size(clauses))] AS n
			  RETURN n
			}
			RETURN key, n""";

	private static final String TREATY_OF_CLAUSES = """
			MATCH (n:Treaty)-[:HAS_CLAUSE]->(c:Clause) WHERE c.id IN $keys
			RETURN c.id AS key, n""";

	private final GraphReader reader;

	private final TreatyRepository treaties;

	private final String treatiesCypher;

	private final String treatiesOfStatesCypher;

	private final String inForceCypher;

	private final Clock clock;

	TreatyQueries(GraphReader reader, TreatyRepository treaties, NamedQueries queries, Clock clock) {
		this.clock = clock;
		this.reader = reader;
		this.treaties = treaties;
		this.treatiesCypher = queries.assemble(TREATIES, "TreatyQueries.TREATIES");
		this.treatiesOfStatesCypher = queries.assemble(TREATIES_OF_STATES, "TreatyQueries.TREATIES_OF_STATES");
		this.inForceCypher = queries.assemble(IN_FORCE, "TreatyQueries.IN_FORCE");
	}

	Treaty treaty(String id) {
		return reader.read(() -> treaties.findById(id)).orElseThrow(() -> new NotFoundException("treaty", "id", id));
	}

	PageOfItems<Treaty> treaties(TreatyFilter filter, PageBounds page) {
		return reader.page(Treaty.class, treatiesCypher, parameters(filter), page);
	}

	/** The same page, each treaty as the map of the fields a compiled selection reads, in one statement. */
	PageOfItems<Map<String, Object>> treaties(TreatyFilter filter, PageBounds page, Projection selection) {
		return reader.projectedPage(Treaty.class, treatiesCypher, parameters(filter), page, selection.expression(),
				selection.parameters(), selection.item());
	}

	private Map<String, Object> parameters(TreatyFilter filter) {
		LocalDate today = LocalDate.now(clock);
		var parameters = GraphReader.with(filter.parameters(), "today", today);
		parameters.put("membersOn", (filter.inForceOn() != null) ? filter.inForceOn() : today);
		return parameters;
	}

	/** The treaties each state is party to, of a kind and in force on a date where the key says so. */
	Map<StateTreaties, List<Treaty>> treatiesOf(Collection<StateTreaties> keys) {
		return reader.grouped(treatiesOfStatesCypher, Map.of(), keys, StateTreaties::parameter,
				r -> reader.node(Treaty.class, r.get("n")));
	}

	/** Whether each treaty is in force on its date. */
	Map<TreatyOnDate, Boolean> inForce(Collection<TreatyOnDate> keys) {
		return reader.single(inForceCypher, keys, TreatyOnDate::parameter, r -> r.get("inForce").asBoolean());
	}

	/**
	 * A state's treaties asked for by {@code State.treaties}: of a kind, in force on a date, at most
	 * {@code first} of them after the id {@code after}, when given.
	 */
	record StateTreaties(String iso2, TreatyKind kind, LocalDate inForceOn, Long first, String after) {

		/** The key as a parameter; what is not asked for is left out rather than null, so it compares equal. */
		Map<String, Object> parameter() {
			var key = new HashMap<String, Object>();
			key.put("iso2", iso2);
			if (kind != null) {
				key.put("kind", kind.name());
			}
			if (inForceOn != null) {
				key.put("inForceOn", inForceOn);
			}
			return window(key, first, after);
		}

	}

	/** A treaty's clauses asked for by {@code Treaty.clauses}: at most {@code first} after the id {@code after}, when given. */
	record TreatyClauses(String id, Long first, String after) {

		static TreatyClauses all(Treaty treaty) {
			return new TreatyClauses(treaty.id(), null, null);
		}

		Map<String, Object> parameter() {
			var key = new HashMap<String, Object>();
			key.put("id", id);
			return window(key, first, after);
		}

	}

	private static Map<String, Object> window(Map<String, Object> key, Long first, String after) {
		if (first != null) {
			key.put("first", first);
		}
		if (after != null) {
			key.put("after", after);
		}
		return key;
	}

	/** A treaty and the date {@code Treaty.inForceOn} asks about. */
	record TreatyOnDate(String id, LocalDate on) {

		Map<String, Object> parameter() {
			return Map.of("id", id, "on", on);
		}

	}

	Map<Treaty, List<Party>> parties(Collection<Treaty> parents) {
		return reader.grouped(PARTIES, Map.of(), parents, Treaty::id, this::party);
	}

	Map<TreatyClauses, List<Clause>> clauses(Collection<TreatyClauses> keys) {
		return reader.grouped(CLAUSES, Map.of(), keys, TreatyClauses::parameter, r -> reader.node(Clause.class, r.get("n")));
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
