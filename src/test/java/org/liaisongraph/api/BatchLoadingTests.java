package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

class BatchLoadingTests extends IntegrationTest {

	// states page, memberships, treaties, parties, clauses (clauses and clauseTypes share a loader)
	private static final long STATEMENTS_PER_PAGE = 5;

	@Autowired
	GraphReader reader;

	@Test
	void aPageOfStatesWithTheirTreatiesCostsTheSameStatementsWhateverItsSize() {
		loadFixture();
		assertThat(statementsFor("statesWithTreaties")).isEqualTo(STATEMENTS_PER_PAGE);

		neo4j.query("""
				UNWIND range(1, 100) AS i
				CREATE (s:State {iso2: 'Z' + i, name: 'Synthetic ' + i})-[:MEMBER_OF]->(:Bloc {code: 'SYN' + i, name: 'b'})
				CREATE (s)-[:PARTY_TO]->(t:Treaty {id: 'syn-' + i, title: 't', kind: 'BILATERAL', status: 'IN_FORCE'})
				CREATE (t)-[:HAS_CLAUSE]->(:Clause {id: 'syn-c-' + i, type: 'READMISSION', binding: true})""").run();
		graphQl.documentName("statesWithTreaties").execute().path("states.nodes").entityList(Object.class).hasSize(100);
		assertThat(statementsFor("statesWithTreaties")).isEqualTo(STATEMENTS_PER_PAGE);
	}

	@Test
	void nestedListsCutToFirstAfterCostOneStatementWhateverTheirSizes() {
		neo4j.query("""
				UNWIND range(1, 30) AS i
				CREATE (s:State {iso2: 'Z' + i, name: 'Synthetic ' + i})
				WITH s, i
				UNWIND range(1, 3) AS j
				CREATE (s)-[:PARTY_TO]->(t:Treaty {id: 'syn-' + i + '-' + j, title: 't', kind: 'BILATERAL', status: 'IN_FORCE'})
				WITH t
				UNWIND range(1, 4) AS k
				CREATE (t)-[:HAS_CLAUSE]->(:Clause {id: t.id + '-c' + k, type: 'READMISSION', binding: true})""").run();

		long before = reader.statementsRun();
		var small = window(Map.of("states", 1, "treaties", 1, "clauses", 1));
		long statementsSmall = reader.statementsRun() - before;
		before = reader.statementsRun();
		var large = window(Map.of("states", 30, "treaties", 2, "clauses", 3));
		long statementsLarge = reader.statementsRun() - before;
		before = reader.statementsRun();
		var next = window(Map.of("states", 2, "treaties", 10, "after", "syn-1-2", "clauses", 10));
		long statementsNext = reader.statementsRun() - before;

		// compiled: the states page with the treaties of its states and their clauses
		assertThat(List.of(statementsSmall, statementsLarge, statementsNext)).containsOnly(1L);
		small.path("states.nodes[0].treaties[*].id").entityList(String.class).containsExactly("syn-1-1");
		small.path("states.nodes[0].treaties[0].clauses[*].id").entityList(String.class).containsExactly("syn-1-1-c1");
		large.path("states.nodes").entityList(Object.class).hasSize(30);
		large.path("states.nodes[0].treaties[*].id").entityList(String.class).containsExactly("syn-1-1", "syn-1-2");
		large.path("states.nodes[0].treaties[1].clauses[*].id").entityList(String.class)
			.containsExactly("syn-1-2-c1", "syn-1-2-c2", "syn-1-2-c3");
		next.path("states.nodes[0].treaties[*].id").entityList(String.class).containsExactly("syn-1-3");
		next.path("states.nodes[0].treaties[0].clauses").entityList(Object.class).hasSize(4);
	}

	@Test
	void aCompiledListQueryCostsOneStatementWhateverItsDepth() {
		loadFixture();
		List<String> documents = List.of("{ states(first: 50) { totalCount nodes { iso2 } } }",
				"{ states(first: 50) { nodes { iso2 treaties { id } } } }",
				"{ states(first: 50) { edges { cursor node { grade treaties(first: 2) { illustrative clauses { id } } } } } }",
				"""
				{ states(first: 50) { nodes { treaties(inForceOn: "2024-01-01") { clauses(first: 1) { type grade } } }
				                      edges { node { iso2 treaties(inForceOn: "2024-01-01") { id } } } } }""");
		for (String document : documents) {
			long before = reader.statementsRun();
			graphQl.document(document).execute().path("states").hasValue();
			assertThat(reader.statementsRun() - before).as(document).isEqualTo(1);
		}
	}

	@Test
	void aNestedListAskedForTwiceInDifferentWaysIsReadByTheLoaders() {
		loadFixture();
		long before = reader.statementsRun();
		var page = graphQl.document("""
				{ states(first: 50) { nodes { iso2 treaties(first: 1) { id } }
				                      edges { node { treaties(first: 2) { id } } } } }""").execute();
		// the states page, then the two windows of treaties in one batch
		assertThat(reader.statementsRun() - before).isEqualTo(2);
		page.path("states.nodes[?(@.iso2 == 'BE')].treaties[*].id").entityList(String.class).containsExactly("t-be-co-old");
		page.path("states.edges[0].node.treaties[*].id").entityList(String.class)
			.containsExactly("t-be-co-old", "t-be-ec-police");
	}

	@Test
	void aNestedFirstOutOfRangeIsABadRequest() {
		loadFixture();
		expectError(graphQl.documentName("statesTreatiesClausesWindow").variable("states", 1).variable("treaties", -1),
				ErrorType.BAD_REQUEST, "first");
	}

	private GraphQlTester.Response window(Map<String, Object> variables) {
		var request = graphQl.documentName("statesTreatiesClausesWindow");
		variables.forEach(request::variable);
		return request.execute();
	}

	private long statementsFor(String document) {
		long before = reader.statementsRun();
		graphQl.documentName(document).execute().path("states").hasValue();
		return reader.statementsRun() - before;
	}

}
