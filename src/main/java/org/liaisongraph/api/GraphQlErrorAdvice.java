package org.liaisongraph.api;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Maps domain exceptions to classified GraphQL errors; nothing known leaks as INTERNAL_ERROR. */
@ControllerAdvice
class GraphQlErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorAdvice.class);

	@GraphQlExceptionHandler
	GraphQLError badRequest(BadRequestException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), ex.field());
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return error(env, ErrorType.NOT_FOUND, ex.getMessage(), ex.field());
	}

	/** One error per problem, so a client can show each next to its input field. */
	@GraphQlExceptionHandler
	List<GraphQLError> invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		return ex.problems()
			.stream()
			.map(problem -> GraphqlErrorBuilder.newError(env)
				.errorType(problem.type())
				.message(problem.message())
				.extensions(Map.of("field", problem.field()))
				.build())
			.toList();
	}

	@GraphQlExceptionHandler
	GraphQLError timedOut(RequestTimeoutException ex, DataFetchingEnvironment env) {
		return TimedOutStatements.error(env);
	}

	@GraphQlExceptionHandler
	GraphQLError forbidden(ForbiddenException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.FORBIDDEN)
			.message(ex.getMessage())
			.extensions(Map.of("requiredRole", ex.requiredRole()))
			.build();
	}

	/** A method guarded with {@code @PreAuthorize} refused the user; the rule stays on the server. */
	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.FORBIDDEN)
			.message(env.getFieldDefinition().getName() + ": the user's roles do not allow this operation")
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError bindingFailed(BindException ex, DataFetchingEnvironment env) {
		var fieldError = ex.getFieldError();
		String field = (fieldError != null) ? fieldError.getField() : ex.getObjectName();
		log.debug("Argument binding failed", ex);
		return error(env, ErrorType.BAD_REQUEST, field + ": value cannot be read", field);
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message, String field) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("field", field))
			.build();
	}

}
