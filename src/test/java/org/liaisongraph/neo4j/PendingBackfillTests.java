package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

	/** A fact derived from seizures that counts its computations. */
	private final DerivedFact fact = new DerivedFact() {

		@Override
		public String name() {
			return "Fact";
		}

		@Override
		public List<String> labels() {
			return List.of("Fact");
		}

		@Override
		public String sourceLabel() {
			return "Seizure";
		}

		@Override
		public String description() {
			return "The fact";
		}

		@Override
		public void rebuild() {
			computed.incrementAndGet();
		}

	};


	@BeforeEach
	void asked() {
		emptyGraph();
		neo4j.query("CREATE (:PendingBackfill {derived: 'Fact'})").run();
	}

	@Test
	void aGraphHoldingTheFactsSourceComputesItOnceAndDropsTheRequest() {
		neo4j.query("CREATE (:Seizure {id: 's-1'})").run();

		backfill();
		backfill();

		assertThat(computed).hasValue(1);
		assertThat(count("MATCH (p:PendingBackfill) RETURN count(p)")).isZero();
	}

	@Test
	void aGraphWithoutTheFactsSourceDropsTheRequestWithoutComputing() {
		neo4j.query("CREATE (:State {iso2: 'BE'})").run();

		backfill();

		assertThat(computed).hasValue(0);
		assertThat(count("MATCH (p:PendingBackfill) RETURN count(p)")).isZero();
	}

	@Test
	void noRequestNoComputation() {
		neo4j.query("MATCH (p:PendingBackfill) DELETE p CREATE (:Seizure {id: 's-1'})").run();

		backfill();

		assertThat(computed).hasValue(0);
	}

	/** The start's backfill of this fact alone. */
	private void backfill() {
		new PendingBackfill(neo4j, List.of(fact)).run(null);
	}

}
