package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class NamedQueriesTests extends IntegrationTest {

	/** Where the build keeps the fingerprint of the files its tests compiled. */
	private static final Path COMPILED_BY_THE_BUILD = Path.of("queries", NamedQueries.COMPILED_BY_THE_BUILD);

	@Autowired
	NamedQueries queries;

	@Autowired
	GraphSchema schema;

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

	/**
	 * Compiles every file, then checks that the build's fingerprint is theirs on this Neo4j and this
	 * schema version; with {@code -Dnamed-queries.fingerprint.write=true} writes it instead.
	 */
	@Test
	void theBuildKeepsTheFingerprintOfTheFilesItCompiledOnThisNeo4jAndSchema() throws Exception {
		new NamedQueries(neo4j, "classpath:queries").run(null);
		String fingerprint = new NamedQueries(neo4j, "classpath:queries", schema.version()).fingerprint();
		if (Boolean.getBoolean("named-queries.fingerprint.write")) {
			Files.writeString(COMPILED_BY_THE_BUILD, fingerprint + "\n", StandardCharsets.UTF_8);
		}
		assertThat(Files.readString(COMPILED_BY_THE_BUILD, StandardCharsets.UTF_8).strip())
			.as("%s is not the fingerprint of queries/ as compiled here: after changing a file, a fragment, a migration "
					+ "or Neo4j's version, run mvn -B -q test -Dtest=NamedQueriesTests -Dnamed-queries.fingerprint.write=true",
					COMPILED_BY_THE_BUILD)
			.isEqualTo(fingerprint);
	}

	@Test
	void aFirstStartSkipsTheCompileOfTheFilesTheBuildCompiled() throws Exception {
		// a graph that records no compile, as on a first start
		neo4j.query("MATCH (c:__NamedQueriesCompiled) DELETE c").run();
		var first = new NamedQueries(neo4j, "classpath:queries", schema.version());
		first.run(null);
		assertThat(first.compiledAtStart()).isFalse();

		var otherSchema = new NamedQueries(neo4j, "classpath:queries", "first-start-test");
		otherSchema.run(null);
		assertThat(otherSchema.compiledAtStart()).isTrue();
	}

	@Test
	void aChangedFileIsCompiledAgainAndStopsTheStartWhenBroken() throws Exception {
		new NamedQueries(neo4j, "classpath:queries", "changed-test").run(null);

		var changed = new NamedQueries(neo4j, "classpath:broken-queries", "changed-test");
		assertThatIllegalStateException().isThrownBy(() -> changed.run(null))
			.withMessageStartingWith("Named query queries/missing-parenthesis.cypher is broken: ");
	}

}
