package org.liaisongraph.security;

import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Need to know: a field marked {@code @restricted} in the schema is resolved only for users with
 * the restricted role ({@code liaison.security.restricted-role}) or a higher one. For anyone else
 * it is null with a FORBIDDEN error at its path, however the query reached it. Each read by a
 * cleared user is logged on {@code org.liaisongraph.security.access}.
 */
@Component
class RestrictedFields implements RuntimeWiringConfigurer {

	static final String DIRECTIVE = "restricted";

	private static final Logger accessLog = LoggerFactory.getLogger("org.liaisongraph.security.access");

	private final Access access;

	private final Role restrictedRole;

	RestrictedFields(Access access, AccessProperties properties) {
		this.access = access;
		this.restrictedRole = properties.restrictedRole();
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.directive(DIRECTIVE, new SchemaDirectiveWiring() {

			@Override
			public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> environment) {
				GraphQLFieldDefinition field = environment.getElement();
				String name = environment.getFieldsContainer().getName() + "." + field.getName();
				// A null for a non-null field would wipe out its parent too, hiding more than the field.
				if (GraphQLTypeUtil.isNonNull(field.getType())) {
					throw new IllegalStateException("@restricted field " + name + " must be nullable");
				}
				environment.getCodeRegistry()
					.dataFetcher(FieldCoordinates.coordinates(environment.getFieldsContainer(), field),
							guarded(name, environment.getFieldDataFetcher()));
				return field;
			}
		});
	}

	private DataFetcher<?> guarded(String name, DataFetcher<?> fetcher) {
		return env -> {
			if (!access.has(restrictedRole)) {
				return DataFetcherResult.newResult()
					.error(GraphqlErrorBuilder.newError(env)
						.errorType(ErrorType.FORBIDDEN)
						.message(name + " is restricted to the role " + restrictedRole + " and higher")
						.extensions(Map.of("requiredRole", restrictedRole.name()))
						.build())
					.build();
			}
			accessLog.info("user {} read {} at {}", access.user(), name, env.getExecutionStepInfo().getPath());
			return fetcher.get(env);
		};
	}

}
