package org.liaisongraph.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultNodesInfo;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * graphql-java's execution with the items {@link CompiledReads} read taken as they are: a field
 * whose value is a compiled item (a map) or a list of them is completed here in one pass over the
 * maps, rather than field by field through a fetcher, an execution step and a result map each (a
 * page of 100 states with their treaties and clauses is about 100,000 fields). It gives what
 * graphql-java would: the same result keys in the same order (fragments, aliases,
 * {@code @skip}/{@code @include} collected by graphql-java's own field collector), each value read
 * as the field's map fetcher reads it ({@link CompiledFields}) and serialised by the field's own
 * scalar or enum type. Whenever graphql-java would do more than that (a null for a non-null field,
 * a value its type cannot serialise, a field that is not compiled, deferred or limited execution)
 * the value is left to graphql-java, which then makes the same errors as before: nothing is written
 * until the whole value is complete.
 */
final class CompiledCompletion extends AsyncExecutionStrategy {

	/** A value this completion leaves to graphql-java. */
	private static final Object DECLINED = new Object();

	private final CompiledReads reads;

	private final CompiledFields compiledFields;

	CompiledCompletion(DataFetcherExceptionHandler exceptionHandler, CompiledReads reads, CompiledFields fields) {
		super(exceptionHandler);
		this.reads = reads;
		this.compiledFields = fields;
	}

	@Override
	protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
		Object source = context.getValueUnboxer().unbox(parameters.getSource());
		GraphQLOutputType type = parameters.getExecutionStepInfo().getType();
		if (source != null && compiledItems(type, source) && context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null
				&& !context.hasIncrementalSupport()) {
			Object value = new Completion(context).value(type, parameters.getField(), source);
			if (value != DECLINED) {
				return new FieldValueInfo(GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList
						? FieldValueInfo.CompleteValueType.LIST : FieldValueInfo.CompleteValueType.OBJECT, value);
			}
		}
		return super.completeValue(context, parameters);
	}

	/** An item of a compiled type read as a map, or a list of them: what only the compiled path gives. */
	private boolean compiledItems(GraphQLOutputType type, Object source) {
		if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object) || !reads.types().contains(object.getName())) {
			return false;
		}
		if (source instanceof Map<?, ?>) {
			return true;
		}
		return source instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?>;
	}

	/** One field's value completed from maps, or {@link #DECLINED} at the first thing graphql-java must do. */
	private final class Completion {

		private final ExecutionContext context;

		private final Map<Selection, List<Step>> plans = new HashMap<>();

		Completion(ExecutionContext context) {
			this.context = context;
		}

		Object value(GraphQLType type, MergedField field, Object value) {
			if (type instanceof GraphQLNonNull nonNull) {
				Object done = (value == null) ? null : value(nonNull.getWrappedType(), field, value);
				return (done == null) ? DECLINED : done;
			}
			if (value == null) {
				return null;
			}
			return switch (type) {
				case GraphQLList list -> list(list.getWrappedType(), field, value);
				case GraphQLScalarType scalar -> serialized(() -> scalar.getCoercing()
					.serialize(value, context.getGraphQLContext(), context.getLocale()));
				case GraphQLEnumType enumType -> serialized(
						() -> enumType.serialize(value, context.getGraphQLContext(), context.getLocale()));
				case GraphQLObjectType object when value instanceof Map<?, ?> map && reads.types().contains(object.getName()) ->
					object(object, field, map);
				default -> DECLINED;
			};
		}

		private Object list(GraphQLType itemType, MergedField field, Object value) {
			if (!(value instanceof List<?> items)) {
				return DECLINED;
			}
			List<Object> completed = new ArrayList<>(items.size());
			for (Object item : items) {
				Object done = value(itemType, field, item);
				if (done == DECLINED) {
					return DECLINED;
				}
				completed.add(done);
			}
			return completed;
		}

		private Object object(GraphQLObjectType type, MergedField field, Map<?, ?> node) {
			List<Step> steps = plans.computeIfAbsent(new Selection(type, field), this::plan);
			if (steps == null) {
				return DECLINED;
			}
			Map<String, Object> result = LinkedHashMap.newLinkedHashMap(steps.size());
			for (Step step : steps) {
				Object done = (step.read == null) ? type.getName() : value(step.type, step.field, step.read.apply(node));
				if (done == DECLINED) {
					return DECLINED;
				}
				result.put(step.key, done);
			}
			return result;
		}

		/**
		 * The fields an item of {@code type} answers for {@code field}, as graphql-java collects them,
		 * each with how it is read from the map; null when one is not compiled. The same for every
		 * item of a list, so collected once.
		 */
		private List<Step> plan(Selection selection) {
			FieldCollectorParameters collecting = FieldCollectorParameters.newParameters()
				.schema(context.getGraphQLSchema())
				.objectType(selection.type)
				.fragments(context.getFragmentsByName())
				.variables(context.getCoercedVariables().toMap())
				.graphQLContext(context.getGraphQLContext())
				.build();
			MergedSelectionSet fields = fieldCollector.collectFields(collecting, selection.field, false);
			String type = selection.type.getName();
			List<Step> steps = new ArrayList<>(fields.size());
			for (String key : fields.getKeys()) {
				MergedField sub = fields.getSubField(key);
				String name = sub.getName();
				if (name.equals("__typename")) {
					steps.add(new Step(key, null, sub, null));
					continue;
				}
				GraphQLFieldDefinition definition = selection.type.getFieldDefinition(name);
				Function<Map<?, ?>, Object> read = compiledFields.fromMap(type, name);
				if (read == null && reads.isProperty(type, name)) {
					read = node -> node.get(name);
				}
				if (definition == null || read == null) {
					return null;
				}
				steps.add(new Step(key, definition.getType(), sub, read));
			}
			return steps;
		}

		private Object serialized(Supplier<Object> serialize) {
			try {
				return serialize.get();
			}
			catch (CoercingSerializeException ex) {
				return DECLINED;
			}
		}

	}

	/** The selection of {@code field} on an item of {@code type}. */
	private record Selection(GraphQLObjectType type, MergedField field) {
	}

	/** A result key and how its value is read from an item's map; no reader for {@code __typename}. */
	private record Step(String key, GraphQLOutputType type, MergedField field, Function<Map<?, ?>, Object> read) {
	}

}
