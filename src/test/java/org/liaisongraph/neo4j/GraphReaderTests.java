package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class GraphReaderTests extends IntegrationTest {

	private static final String SEIZURES = "MATCH (n:Seizure) WHERE n.drug = $drug";

	@Autowired
	GraphReader reader;

	@Test
	void aPageIsOrderedByTheNamedPropertiesThenTheKeyAndCountsEveryMatch() {
		neo4j.query("""
				CREATE (:Seizure {id: 'z-1', seizedOn: date('2024-03-01'), drug: 'cocaine', quantityKg: 1.0}),
				       (:Seizure {id: 'z-3', seizedOn: date('2024-01-01'), drug: 'cocaine', quantityKg: 1.0}),
				       (:Seizure {id: 'z-2', seizedOn: date('2024-01-01'), drug: 'cocaine', quantityKg: 1.0}),
				       (:Seizure {id: 'z-0', seizedOn: date('2024-01-01'), drug: 'heroin', quantityKg: 1.0})""").run();

		// cocaine by date then id: z-2, z-3, z-1; the window skips one
		var byDate = reader.page(Seizure.class, SEIZURES, Map.of("drug", "cocaine"), new PageBounds(1, 5), "seizedOn");
		assertThat(byDate.items()).extracting(Seizure::id).containsExactly("z-3", "z-1");
		assertThat(byDate.total()).isEqualTo(3);

		var byKey = reader.page(Seizure.class, SEIZURES, Map.of("drug", "cocaine"), new PageBounds(0, 2));
		assertThat(byKey.items()).extracting(Seizure::id).containsExactly("z-1", "z-2");
		assertThat(byKey.total()).isEqualTo(3);
	}

	/**
	 * {@code CALL ... IN TRANSACTIONS} runs only in an auto-commit transaction: within a request the
	 * statement has one of its own, the database's single round trip, and within {@link GraphReader#read}
	 * it is in that explicit transaction.
	 */
	@Test
	void aRequestsStatementOutsideATransactionRunsInAnAutoCommitTransactionOfItsOwn() {
		String inTransactions = "UNWIND [1, 2] AS i CALL (i) { RETURN i * 10 AS j } IN TRANSACTIONS RETURN sum(j) AS total";
		RequestDeadline.start(Instant.now().plusSeconds(30));
		try {
			assertThat(reader.records(inTransactions, Map.of()).getFirst().get("total").asLong()).isEqualTo(30);
			assertThatException().isThrownBy(() -> reader.read(() -> reader.records(inTransactions, Map.of())));
		}
		finally {
			RequestDeadline.end();
		}
	}

	@Test
	void aPageIsNotOrderedByANameThatIsNotAPropertyOfTheType() {
		assertThatIllegalStateException().isThrownBy(() -> reader.page(Seizure.class, SEIZURES,
				Map.of("drug", "cocaine"), new PageBounds(0, 5), "seizedOn DESC"));
	}

}
