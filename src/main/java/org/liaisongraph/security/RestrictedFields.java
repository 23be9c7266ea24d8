package org.liaisongraph.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaDirectiveWiring;
import graphql.schema.idl.SchemaDirectiveWiringEnvironment;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.PropertySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Need to know, decided once where a value leaves the server: the value of a property the graph
 * model declares restricted ({@link PropertySpec#restricted()}, an officer's name) is given only to
 * users with the restricted role ({@code liaison.security.restricted-role}) or a higher one. For
 * anyone else it is null with a FORBIDDEN error at its path, however the query reached it. Two
 * schema directives place the check on the fields that carry such values, so every query and
 * mutation that returns them goes through it:
 * <ul>
 * <li>{@code @restricted} on a field that is a restricted property ({@code LiaisonOfficer.name});
 * the field must be one the model declares restricted, or the schema does not load;</li>
 * <li>{@code @recordedState(labelField:)} on a JSON field holding an entity's properties (an audit
 * entry's {@code before} and {@code after}): the restricted properties of the label the sibling
 * field names are hidden inside it.</li>
 * </ul>
 * Each read of a restricted value by a cleared user is logged on
 * {@code org.liaisongraph.security.access} ({@link #logRead}), exports included.
 */
@Component
public class RestrictedFields implements RuntimeWiringConfigurer {

	static final String DIRECTIVE = "restricted";

	static final String STATE_DIRECTIVE = "recordedState";

	private static final Logger accessLog = LoggerFactory.getLogger("org.liaisongraph.security.access");

	private final Access access;

	RestrictedFields(Access access) {
		this.access = access;
	}

	/** The properties of a label the model declares restricted, in declaration order. */
	public static List<String> restrictedProperties(String label) {
		var node = (label != null) ? GraphModel.node(label) : null;
		return (node == null) ? List.of()
				: node.properties().stream().filter(PropertySpec::restricted).map(PropertySpec::name).toList();
	}

	/** Records that the current (cleared) user read a restricted value, and where. */
	public void logRead(String what, Object where) {
		accessLog.info("user {} read {} at {}", access.user(), what, where);
	}

	/** The FORBIDDEN error of a restricted value hidden at the path of env's field. */
	public GraphQLError hidden(DataFetchingEnvironment env, String label, String property, String note) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.FORBIDDEN)
			.message(label + "." + property + " is restricted to the role " + access.restrictedRole() + " and higher"
					+ note)
			.extensions(Map.of("field", property, "requiredRole", access.restrictedRole().name()))
			.build();
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.directive(DIRECTIVE, new SchemaDirectiveWiring() {

			@Override
			public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> environment) {
				GraphQLFieldDefinition field = environment.getElement();
				String type = environment.getFieldsContainer().getName();
				String name = type + "." + field.getName();
				if (!restrictedProperties(type).contains(field.getName())) {
					throw new IllegalStateException("@restricted field " + name
							+ " is not a property the graph model declares restricted (GraphModel)");
				}
				// A null for a non-null field would wipe out its parent too, hiding more than the field.
				if (GraphQLTypeUtil.isNonNull(field.getType())) {
					throw new IllegalStateException("@restricted field " + name + " must be nullable");
				}
				environment.getCodeRegistry()
					.dataFetcher(FieldCoordinates.coordinates(environment.getFieldsContainer(), field),
							guarded(type, field.getName(), environment.getFieldDataFetcher()));
				return field;
			}
		});
		wiring.directive(STATE_DIRECTIVE, new SchemaDirectiveWiring() {

			@Override
			public GraphQLFieldDefinition onField(SchemaDirectiveWiringEnvironment<GraphQLFieldDefinition> environment) {
				GraphQLFieldDefinition field = environment.getElement();
				String labelField = (String) environment.getAppliedDirective(STATE_DIRECTIVE)
					.getArgument("labelField")
					.getValue();
				environment.getCodeRegistry()
					.dataFetcher(FieldCoordinates.coordinates(environment.getFieldsContainer(), field),
							recordedState(PropertyDataFetcher.fetching(labelField), environment.getFieldDataFetcher()));
				return field;
			}
		});
	}

	private DataFetcher<?> guarded(String label, String property, DataFetcher<?> fetcher) {
		return env -> {
			if (!access.clearedForRestricted()) {
				return DataFetcherResult.newResult().error(hidden(env, label, property, "")).build();
			}
			logRead(label + "." + property, env.getExecutionStepInfo().getPath());
			return fetcher.get(env);
		};
	}

	private DataFetcher<?> recordedState(DataFetcher<?> labelFetcher, DataFetcher<?> fetcher) {
		return env -> {
			Object state = fetcher.get(env);
			String label = (String) labelFetcher.get(env);
			List<String> restricted = restrictedProperties(label);
			if (!(state instanceof Map<?, ?> values) || restricted.stream().allMatch(p -> values.get(p) == null)) {
				return state;
			}
			if (access.clearedForRestricted()) {
				restricted.stream()
					.filter(p -> values.get(p) != null)
					.forEach(p -> logRead(label + "." + p, env.getExecutionStepInfo().getPath()));
				return state;
			}
			Map<Object, Object> shown = new LinkedHashMap<>(values);
			List<GraphQLError> errors = new ArrayList<>();
			for (String property : restricted) {
				if (values.get(property) != null) {
					shown.put(property, null);
					errors.add(hidden(env, label, property, ""));
				}
			}
			return DataFetcherResult.newResult().data(shown).errors(errors).build();
		};
	}

}
