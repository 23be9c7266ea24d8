package org.liaisongraph.api;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The user a request acts for, as recorded in the audit trail: the {@code X-User} header, kept in
 * the GraphQL context for the data fetchers.
 */
@Component
public class RequestUser implements WebGraphQlInterceptor {

	static final String HEADER = "X-User";

	private static final String KEY = RequestUser.class.getName();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String user = request.getHeaders().getFirst(HEADER);
		if (user != null && !user.isBlank()) {
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(context -> context.put(KEY, user.strip()))
				.build());
		}
		return chain.next(request);
	}

	/**
	 * The user of the request; a write without one is refused so that no change goes unattributed.
	 * @throws BadRequestException naming the header when the request has no user
	 */
	public static String require(GraphQLContext context) {
		String user = context.get(KEY);
		if (user == null) {
			throw new BadRequestException(HEADER, "the request must name its user in the " + HEADER + " header");
		}
		return user;
	}

}
