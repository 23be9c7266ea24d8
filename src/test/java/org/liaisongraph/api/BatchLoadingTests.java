package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

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

	private long statementsFor(String document) {
		long before = reader.statementsRun();
		graphQl.documentName(document).execute().path("states").hasValue();
		return reader.statementsRun() - before;
	}

}
