package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.DerivedSpec;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every derived label of the graph model is kept by exactly one registered derived fact, each fact
 * has a migration that asks for its backfill, so an older graph gets it at its next start, and a fact
 * read from others (the states' route totals, from the route facts and seizure totals) comes after them.
 */
class DerivedFactsTests extends IntegrationTest {

	@Autowired
	private List<DerivedFact> facts;

	@Test
	void everyDerivedLabelOfTheModelBelongsToExactlyOneFact() {
		assertThat(facts.stream().flatMap(fact -> fact.labels().stream()))
			.containsExactlyInAnyOrderElementsOf(GraphModel.DERIVED.stream().map(DerivedSpec::label).toList());
	}

	@Test
	void aFactReadFromOtherDerivedFactsIsComputedAfterThem() {
		var names = facts.stream().map(DerivedFact::name).toList();

		assertThat(names.indexOf("StateRouteTotals")).isGreaterThan(names.indexOf("SeizureTotal"))
			.isGreaterThan(names.indexOf("RouteFacts"));
	}

	@Test
	void everyFactHasAMigrationThatAsksForItsBackfill() throws IOException {
		List<String> migrations;
		try (Stream<Path> files = Files.list(Path.of("graph-schema"))) {
			migrations = files.map(file -> {
				try {
					return Files.readString(file);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
		}
		assertThat(facts).allSatisfy(fact -> assertThat(migrations)
			.anyMatch(migration -> migration.contains("PendingBackfill {derived: '" + fact.name() + "'}")));
	}

}
