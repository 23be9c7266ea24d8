package org.liaisongraph.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one sequence of every write to the graph, for entities, facts and user accounts alike. In one
 * transaction that the database ends at the request's deadline: {@code check} locks and reads what
 * the write changes and reports every problem of the input at once, the version the client read
 * among them ({@link #checkVersion}); nothing is written while there is a problem; then
 * {@code write} makes the change and says what changed, which is published as a
 * {@link GraphChange} for the audit trail to record in the same transaction; last, the answer is
 * built, knowing the id of the audit entry.
 */
@Component
public class Writes {

	private final PlatformTransactionManager transactions;

	private final ApplicationEventPublisher events;

	Writes(PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * Runs a write.
	 * @param check reads the input and what it changes, adding every problem; returns what the write needs
	 * @param write writes, given what the check returned, and returns what changed
	 * @throws InvalidInputException with every problem, when there is one; nothing is written
	 */
	public <C, T> T write(String user, Function<Problems, C> check, Function<C, Written<T>> write) {
		return RequestDeadline.transactions(transactions).execute(status -> {
			var problems = new Problems();
			C checked = check.apply(problems);
			problems.throwIfAny();
			Written<T> written = write.apply(checked);
			String entryId = UUID.randomUUID().toString();
			Change change = written.change();
			events.publishEvent(new GraphChange(entryId, user, change.operation(), change.entityType(),
					change.entityKey(), change.before(), change.after(), change.related(), change.sourceId()));
			return written.answer().apply(entryId);
		});
	}

	/**
	 * The version an update or removal names against the one stored: a CONFLICT problem when they
	 * differ, a BAD_REQUEST one when none is named.
	 * @param what names what is changed, e.g. "the entity", "the Rating", "user 'maria'"
	 */
	public static void checkVersion(Object given, Object stored, String what, Problems problems) {
		if (given == null) {
			problems.badRequest("input.version", "is required: the version you read");
		}
		else if (!Objects.equals(((Number) given).longValue(), ((Number) stored).longValue())) {
			problems.conflict("input.version", "is " + given + " but " + what + " is at version " + stored
					+ ": it was changed since you read it; read it again and redo your change");
		}
	}

	/** What a write changed, as the audit trail records it. */
	public record Change(String operation, String entityType, String entityKey, Map<String, Object> before,
			Map<String, Object> after, List<String> related, String sourceId) {
	}

	/** What changed, and the write's answer given the id of its audit entry. */
	public record Written<T>(Change change, Function<String, T> answer) {
	}

}
