package org.liaisongraph.security;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;
import org.liaisongraph.api.RequestDeadline;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Answers a request that is still running at its deadline with a BAD_REQUEST error. Its
 * statements stop with it: the database ends their transactions at the same deadline, and no
 * new one starts after it ({@link org.liaisongraph.api.RequestDeadline}).
 */
@Component
class RequestTimeout implements WebGraphQlInterceptor {

	private final LimitsProperties limits;

	RequestTimeout(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Duration left = RequestDeadline.remaining().orElse(limits.timeout());
		return chain.next(request).timeout(left.isNegative() ? Duration.ZERO : left, Mono.fromSupplier(() -> timedOut(request)));
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		// an upload has its own limit, which the filter that set the deadline names
		var limit = (request.getAttributes().get(TimeLimit.ATTRIBUTE) instanceof TimeLimit applied) ? applied
				: TimeLimit.ofRequest(limits);
		var error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Stopped: the request ran longer than the limit of " + limit.duration().toSeconds() + " s ("
					+ limit.setting() + "); ask for less (a narrower filter, fewer items or fields)")
			.extensions(Map.of("limit", limit.duration().toString(), "setting", limit.setting()))
			.build();
		var result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
