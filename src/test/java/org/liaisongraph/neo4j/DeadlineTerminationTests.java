package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.api.RequestTimeoutException;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statement that would run for minutes is ended by the database at the request's deadline: the
 * caller gets the timeout, and its transaction is no longer among the database's.
 */
class DeadlineTerminationTests extends IntegrationTest {

	/** Counts to ten billion: minutes of work, unless something ends it. */
	private static final String ENDLESS = "UNWIND range(1, 10000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n";

	@Autowired
	private GraphReader reader;

	@AfterEach
	void noDeadline() {
		RequestDeadline.end();
	}

	@Test
	void aStatementPastTheRequestsDeadlineIsEndedAndItsTransactionIsGone() {
		RequestDeadline.start(Instant.now().plusSeconds(2));
		assertThatExceptionOfType(RequestTimeoutException.class)
			.isThrownBy(() -> reader.records(ENDLESS, Map.of()));
		RequestDeadline.end();
		assertThat(count("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS '10000000000' "
				+ "AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*)")).isZero();
	}

}
