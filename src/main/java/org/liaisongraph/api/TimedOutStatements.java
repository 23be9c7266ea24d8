package org.liaisongraph.api;

import java.util.Map;
import java.util.Set;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Classifies a statement the database ended at the request's deadline, whatever wrapped it on the
 * way (Spring's data access or transaction exceptions): the same BAD_REQUEST timeout error as a
 * {@link RequestTimeoutException}. Every transaction of a request has a timeout of at most the time
 * the request had left, so a Neo4j timeout means the deadline passed; a transaction ended for
 * another reason is a timeout only once the deadline has passed (else someone ended it).
 */
@Component
class TimedOutStatements extends DataFetcherExceptionResolverAdapter {

	/**
	 * What a transaction the database ended reports when it was waiting on a lock or between
	 * statements at that moment, instead of its timeout.
	 */
	private static final Set<String> ENDED = Set.of("Neo.ClientError.Transaction.LockClientStopped",
			"Neo.ClientError.Transaction.Terminated", "Neo.TransientError.Transaction.Terminated");

	TimedOutStatements() {
		// the request's deadline is a thread-local, restored here from the request's context
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		return timedOut(ex) ? error(env) : null;
	}

	static GraphQLError error(DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(RequestTimeoutException.MESSAGE)
			.extensions(Map.of("limit", "timeout"))
			.build();
	}

	static boolean timedOut(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestTimeoutException) {
				return true;
			}
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null
					&& (neo4j.code().contains("TransactionTimedOut")
							|| ENDED.contains(neo4j.code()) && RequestDeadline.passed())) {
				return true;
			}
		}
		return false;
	}

}
