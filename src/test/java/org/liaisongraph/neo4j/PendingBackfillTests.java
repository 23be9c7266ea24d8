package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

/**
 * A backfill a migration asked for runs once, and not at all on a graph that holds nothing the fact
 * derives from (a first start, where the migrations ran on an empty graph); the request goes either way.
 */
class PendingBackfillTests extends IntegrationTest {

	private final AtomicInteger computed = new AtomicInteger();

	@BeforeEach
	void asked() {
		emptyGraph();
		neo4j.query("CREATE (:PendingBackfill {derived: 'Fact'})").run();
	}

	@Test
	void aGraphHoldingTheFactsSourceComputesItOnceAndDropsTheRequest() {
		neo4j.query("CREATE (:Seizure {id: 's-1'})").run();

		PendingBackfill.runIfAsked(neo4j, "Fact", "Seizure", "The fact", computed::incrementAndGet);
		PendingBackfill.runIfAsked(neo4j, "Fact", "Seizure", "The fact", computed::incrementAndGet);

		assertThat(computed).hasValue(1);
		assertThat(count("MATCH (p:PendingBackfill) RETURN count(p)")).isZero();
	}

	@Test
	void aGraphWithoutTheFactsSourceDropsTheRequestWithoutComputing() {
		neo4j.query("CREATE (:State {iso2: 'BE'})").run();

		PendingBackfill.runIfAsked(neo4j, "Fact", "Seizure", "The fact", computed::incrementAndGet);

		assertThat(computed).hasValue(0);
		assertThat(count("MATCH (p:PendingBackfill) RETURN count(p)")).isZero();
	}

	@Test
	void noRequestNoComputation() {
		neo4j.query("MATCH (p:PendingBackfill) DELETE p CREATE (:Seizure {id: 's-1'})").run();

		PendingBackfill.runIfAsked(neo4j, "Fact", "Seizure", "The fact", computed::incrementAndGet);

		assertThat(computed).hasValue(0);
	}

}
