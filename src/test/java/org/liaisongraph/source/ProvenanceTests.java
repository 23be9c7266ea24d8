package org.liaisongraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.CypherFragments;
import org.liaisongraph.support.IntegrationTest;

/**
 * Every fact says how sure it is: the grade of its weakest source, and whether it is invented; and
 * dataQuality counts them. On a hand-made graph: BE rests on an A source, EC on an A and an F one
 * (so it is F, invented), the port on none; EC's rating rests on the A source.
 */
class ProvenanceTests extends IntegrationTest {

	@BeforeEach
	void graph() {
		neo4j.query("""
				CREATE (a:Source {id: 'gazette', title: 'Gazette', reliability: 'A', version: 1})
				CREATE (f:Source {id: 'illustrative', title: 'Invented', reliability: 'F', version: 1})
				CREATE (be:State {iso2: 'BE', name: 'Belgium', version: 1})-[:SUPPORTED_BY]->(a)
				CREATE (ec:State {iso2: 'EC', name: 'Ecuador', version: 1})-[:SUPPORTED_BY]->(a)
				CREATE (ec)-[:SUPPORTED_BY]->(f)
				CREATE (:Port {locode: 'ECGYE', name: 'Guayaquil', version: 1})
				CREATE (cpi:Index {code: 'TI-CPI', name: 'CPI', version: 1})-[:SUPPORTED_BY]->(a)
				CREATE (ec)-[:RATED {year: 2024, score: 32.0, source: 'gazette', version: 1}]->(cpi)""").run();
	}

	@Test
	void aFactIsGradedByItsWeakestSourceAndAnFGradeIsIllustrative() {
		var states = graphQl.document("{ states(first: 10) { nodes { iso2 grade illustrative } } }")
			.execute()
			.path("states.nodes")
			.entityList(Map.class)
			.get();
		assertThat(states).containsExactly(Map.of("iso2", "BE", "grade", "A", "illustrative", false),
				Map.of("iso2", "EC", "grade", "F", "illustrative", true));
		graphQl.document("{ port(locode: \"ECGYE\") { grade illustrative } }").execute()
			.path("port.grade").valueIsNull()
			.path("port.illustrative").entity(Boolean.class).isEqualTo(false);
		graphQl.document("{ state(iso2: \"EC\") { ratings { grade illustrative } } }").execute()
			.path("state.ratings[0].grade").entity(String.class).isEqualTo("A")
			.path("state.ratings[0].illustrative").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void dataQualityCountsTheFactsOfEachKindAndListsTheInventedOnes() {
		var response = graphQl.document("""
				{ dataQuality {
				    facts { kind total confirmed confirmedShare illustrative unsourced }
				    illustrative { kind key } } }""").execute();
		var facts = response.path("dataQuality.facts").entityList(Map.class).get();
		assertThat(facts).contains(
				Map.of("kind", "State", "total", 2, "confirmed", 1, "confirmedShare", 0.5, "illustrative", 1, "unsourced", 0),
				Map.of("kind", "Port", "total", 1, "confirmed", 0, "confirmedShare", 0.0, "illustrative", 0, "unsourced", 1),
				Map.of("kind", "RATED", "total", 1, "confirmed", 1, "confirmedShare", 1.0, "illustrative", 0, "unsourced", 0));
		response.path("dataQuality.illustrative").entityList(Map.class).isEqualTo(List.of(Map.of("kind", "State", "key", "EC")));
	}

	@Test
	void cypherAndJavaAgreeOnTheWeakestGradeAndOnEachFactsGrade() throws Exception {
		var fragments = new CypherFragments("file:queries/fragments");
		var cases = new ArrayList<List<String>>(List.of(List.of(), List.of("A"), List.of("A", "F"), List.of("C", "B"),
				List.of("E", "A", "D"), List.of("B", "B")));
		cases.add(Arrays.asList(null, "C"));
		cases.add(Arrays.asList("F", null));
		cases.add(Collections.singletonList(null));
		var cypher = neo4j.query(fragments.expand("UNWIND $cases AS grades RETURN {{weakest-grade(grades)}} AS weakest", "test"))
			.bind(cases)
			.to("cases")
			.fetch()
			.all()
			.stream()
			.map(row -> (String) row.get("weakest"))
			.toList();
		assertThat(cypher).isEqualTo(cases.stream().map(Provenance::weakest).toList())
			.containsExactly(null, "A", "F", "C", "E", "B", "C", "F", null);
		var graded = neo4j.query(fragments.expand("""
				MATCH (n) WHERE n:State OR n:Port RETURN {{used-fact(n)}} AS fact ORDER BY fact.key""", "test"))
			.fetch()
			.all()
			.stream()
			.map(row -> (Map<?, ?>) row.get("fact"))
			.map(fact -> fact.get("kind") + " " + fact.get("key") + " " + fact.get("grade"))
			.toList();
		assertThat(graded).as("as the grade field of each fact has them")
			.containsExactly("State BE A", "State EC F", "Port ECGYE null");
	}

}
