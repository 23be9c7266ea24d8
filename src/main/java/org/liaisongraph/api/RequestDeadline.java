package org.liaisongraph.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import io.micrometer.context.ContextRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moment by which the current web request must be answered. It is set on the thread that
 * receives the request and, registered with Micrometer's context propagation, follows the request
 * to the threads Spring for GraphQL runs its data fetchers and batch loaders on, so the statements
 * they run can be given the time that is left. Outside a web request (start-up, the command line)
 * there is none.
 */
public final class RequestDeadline {

	/**
	 * How long past its deadline a request's answer may still be written the asynchronous way: long
	 * enough for the deadline's classified error to be the answer rather than the container's 503.
	 */
	public static final Duration ASYNC_MARGIN = Duration.ofSeconds(5);

	private static final ThreadLocal<Instant> DEADLINE = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(RequestDeadline.class.getName(), DEADLINE::get, DEADLINE::set,
					DEADLINE::remove);
	}

	private RequestDeadline() {
	}

	/** Sets the deadline of the request this thread now handles. */
	public static void start(Instant deadline) {
		DEADLINE.set(deadline);
	}

	public static void end() {
		DEADLINE.remove();
	}

	/**
	 * The time left as a transaction timeout, in whole seconds rounded up (the database's unit);
	 * empty outside a request.
	 * @throws RequestTimeoutException when the deadline has passed
	 */
	public static OptionalInt transactionTimeoutSeconds() {
		Optional<Duration> remaining = remaining();
		if (remaining.isEmpty()) {
			return OptionalInt.empty();
		}
		if (!remaining.get().isPositive()) {
			throw new RequestTimeoutException(null);
		}
		return OptionalInt.of((int) Math.max(1, remaining.get().plusMillis(999).toSeconds()));
	}

	/**
	 * A transaction template for writes whose transactions, within a web request, the database ends
	 * when the request's deadline passes, so a slow write cannot outlive the request that made it.
	 */
	public static TransactionTemplate transactions(PlatformTransactionManager manager) {
		var template = new TransactionTemplate(manager);
		transactionTimeoutSeconds().ifPresent(template::setTimeout);
		return template;
	}

	/**
	 * Runs work with no deadline, then restores the request's: for the clean-up of work the deadline
	 * stopped, which must finish even though the request is over (an import's rollback).
	 */
	public static <T> T lifted(Supplier<T> work) {
		Instant deadline = DEADLINE.get();
		DEADLINE.remove();
		try {
			return work.get();
		}
		finally {
			if (deadline != null) {
				DEADLINE.set(deadline);
			}
		}
	}

	/** Whether the current request has a deadline and it has passed. */
	public static boolean passed() {
		return remaining().filter(left -> !left.isPositive()).isPresent();
	}

	/** The time left before the deadline, negative once it has passed; empty outside a request. */
	public static Optional<Duration> remaining() {
		Instant deadline = DEADLINE.get();
		return (deadline != null) ? Optional.of(Duration.between(Instant.now(), deadline)) : Optional.empty();
	}

}
