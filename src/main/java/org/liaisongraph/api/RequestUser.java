package org.liaisongraph.api;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user a request acts for, as recorded in the audit trail: the name of the principal Spring
 * Security authenticated (HTTP Basic user or the JWT's subject), kept in the GraphQL context for
 * the data fetchers. Nothing the client sends besides its credentials can change it.
 */
@Component
public class RequestUser implements WebGraphQlInterceptor {

	private static final String KEY = RequestUser.class.getName();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		// Interceptors run on the thread that received the request, where the security context is set.
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			String user = authentication.getName();
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(context -> context.put(KEY, user))
				.build());
		}
		return chain.next(request);
	}

	/**
	 * The authenticated user of the request; a write without one is refused so that no change goes
	 * unattributed.
	 * @throws ForbiddenException when the request has no authenticated user
	 */
	public static String require(GraphQLContext context) {
		String user = context.get(KEY);
		if (user == null) {
			throw new ForbiddenException("the request has no authenticated user to attribute the change to", "VIEWER");
		}
		return user;
	}

}
