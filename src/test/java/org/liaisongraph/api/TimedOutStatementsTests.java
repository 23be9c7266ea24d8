package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

class TimedOutStatementsTests {

	private static final ClientException LOCK_WAIT_ENDED = new ClientException(
			"Neo.ClientError.Transaction.LockClientStopped", "The transaction has been terminated.");

	@AfterEach
	void noDeadline() {
		RequestDeadline.end();
	}

	@Test
	void aTransactionEndedWhileWaitingOnALockAfterTheDeadlineIsTheTimeoutWhateverWrapsIt() {
		RequestDeadline.start(Instant.now().minusMillis(1));
		assertThat(TimedOutStatements.timedOut(new InvalidDataAccessResourceUsageException("wrapped", LOCK_WAIT_ENDED)))
			.isTrue();
	}

	@Test
	void aTransactionEndedBeforeTheDeadlineWasEndedBySomeoneElseNotTheTimeout() {
		RequestDeadline.start(Instant.now().plusSeconds(60));
		assertThat(TimedOutStatements.timedOut(LOCK_WAIT_ENDED)).isFalse();
	}

	@Test
	void aTransactionEndedOutsideARequestIsNotATimeout() {
		assertThat(TimedOutStatements.timedOut(LOCK_WAIT_ENDED)).isFalse();
	}

	@Test
	void theDatabasesTimeoutIsATimeout() {
		assertThat(TimedOutStatements.timedOut(new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"timed out"))).isTrue();
	}

}
