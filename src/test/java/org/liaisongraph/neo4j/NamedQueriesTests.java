package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class NamedQueriesTests extends IntegrationTest {

	@Autowired
	NamedQueries queries;

	@Test
	void everyAnalysisFileIsLoadedByName() {
		assertThat(queries.get("treaty-gaps")).contains("$homeState");
		assertThat(queries.get("routes-between")).contains("$activeOnly");
	}

	@Test
	void aMissingFileIsNamed() {
		assertThatIllegalStateException().isThrownBy(() -> queries.get("no-such-analysis"))
			.withMessage("Named query queries/no-such-analysis.cypher is missing");
	}

	@Test
	void aBrokenFileStopsTheStartWithItsName() throws Exception {
		var broken = new NamedQueries(neo4j, "classpath:broken-queries");
		assertThat(broken.get("good-one")).isEqualTo("MATCH (n:State)\nRETURN n.iso2 AS iso2");
		assertThatIllegalStateException().isThrownBy(() -> broken.run(null))
			.withMessageStartingWith("Named query queries/missing-parenthesis.cypher is broken: ");
	}

	@Test
	void aRestartSkipsTheCompileOfFilesThatPassedOnTheSameDatabaseAndSchema() throws Exception {
		var first = new NamedQueries(neo4j, "classpath:queries", "restart-test");
		first.run(null);
		assertThat(first.compiledAtStart()).isTrue();

		var restart = new NamedQueries(neo4j, "classpath:queries", "restart-test");
		restart.run(null);
		assertThat(restart.compiledAtStart()).isFalse();

		var newSchema = new NamedQueries(neo4j, "classpath:queries", "restart-test-2");
		newSchema.run(null);
		assertThat(newSchema.compiledAtStart()).isTrue();
	}

	@Test
	void aChangedFileIsCompiledAgainAndStopsTheStartWhenBroken() throws Exception {
		new NamedQueries(neo4j, "classpath:queries", "changed-test").run(null);

		var changed = new NamedQueries(neo4j, "classpath:broken-queries", "changed-test");
		assertThatIllegalStateException().isThrownBy(() -> changed.run(null))
			.withMessageStartingWith("Named query queries/missing-parenthesis.cypher is broken: ");
	}

}
