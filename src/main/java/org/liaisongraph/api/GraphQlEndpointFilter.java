package org.liaisongraph.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/** A servlet filter of the GraphQL endpoint's requests only (its path, under any context path). */
public abstract class GraphQlEndpointFilter extends OncePerRequestFilter {

	private final String graphQlPath;

	protected GraphQlEndpointFilter(String graphQlPath) {
		this.graphQlPath = graphQlPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !graphQlPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

}
