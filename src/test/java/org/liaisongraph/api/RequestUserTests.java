package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResultImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.LinkedMultiValueMap;

class RequestUserTests {

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theUserIsTheAuthenticatedPrincipalWhateverTheHeadersSay() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("maria",
				null, AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		var headers = new HttpHeaders();
		headers.add("X-User", "someone-else");
		assertThat(RequestUser.require(contextOf(headers).getGraphQLContext())).isEqualTo("maria");
	}

	@Test
	void aRequestWithoutAnAuthenticatedUserCannotBeAttributed() {
		var headers = new HttpHeaders();
		headers.add("X-User", "someone");
		var input = contextOf(headers);
		assertThatThrownBy(() -> RequestUser.require(input.getGraphQLContext())).isInstanceOf(ForbiddenException.class)
			.hasMessage("the request has no authenticated user to attribute the change to");
	}

	private static ExecutionInput contextOf(HttpHeaders headers) {
		var request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), headers,
				new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", "{ blocs { code } }"), "1", Locale.ROOT);
		AtomicReference<ExecutionInput> input = new AtomicReference<>();
		new RequestUser().intercept(request, next -> {
			input.set(next.toExecutionInput());
			return Mono.just(new WebGraphQlResponse(
					new DefaultExecutionGraphQlResponse(input.get(), ExecutionResultImpl.newExecutionResult().build())));
		}).block();
		return input.get();
	}

}
