package org.liaisongraph.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Classifies variables the schema refuses (an enum value it does not list, a malformed date) as
 * BAD_REQUEST naming the input field, like every other bad input; GraphQL Java reports them as
 * validation errors of the whole variable.
 */
@Component
class VariableErrors implements WebGraphQlInterceptor {

	private static final Pattern VARIABLE = Pattern.compile("^Variable '(\\w+)' has an invalid value: (.*)$", Pattern.DOTALL);

	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			if (response.getErrors().stream().noneMatch(e -> VARIABLE.matcher(message(e)).matches())) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors()
				.stream()
				.map(error -> classify(error, request.getVariables()))
				.toList();
			return response.transform(builder -> builder.errors(errors));
		});
	}

	private static GraphQLError classify(ResponseError error, Map<String, Object> variables) {
		Matcher matcher = VARIABLE.matcher(message(error));
		var builder = GraphqlErrorBuilder.newError().message(message(error)).locations(error.getLocations());
		if (!matcher.matches()) {
			return builder.errorType(ErrorType.ValidationError).extensions(error.getExtensions()).build();
		}
		String variable = matcher.group(1);
		String field = offendingValue(matcher.group(2))
			.flatMap(value -> pathOf(variables.get(variable), value, variable))
			.orElse(variable);
		return builder.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
			.message(field + ": " + matcher.group(2))
			.extensions(Map.of("field", field))
			.build();
	}

	private static String message(ResponseError error) {
		return (error.getMessage() != null) ? error.getMessage() : "";
	}

	/** The last quoted value of the reason, which GraphQL Java gives as the value it refused. */
	private static Optional<String> offendingValue(String reason) {
		Matcher quoted = QUOTED.matcher(reason);
		String last = null;
		while (quoted.find()) {
			last = quoted.group(1);
		}
		return Optional.ofNullable(last);
	}

	/** Where in the variable's value this text sits, as {@code input.calls[1].role}. */
	private static Optional<String> pathOf(Object value, String text, String path) {
		if (value instanceof Map<?, ?> map) {
			for (var entry : map.entrySet()) {
				var found = pathOf(entry.getValue(), text, path + "." + entry.getKey());
				if (found.isPresent()) {
					return found;
				}
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				var found = pathOf(list.get(i), text, path + "[" + i + "]");
				if (found.isPresent()) {
					return found;
				}
			}
		}
		else if (value != null && value.toString().equals(text)) {
			return Optional.of(path);
		}
		return Optional.empty();
	}

}
