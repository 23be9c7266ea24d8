package org.liaisongraph.compiled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherResult;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultNodesInfo;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.SingletonPropertyDataFetcher;
import org.liaisongraph.compiled.CompiledItem.Layout;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

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
 * <p>
 * The analyses' answers, Java records, are completed the same way when every field selected on
 * them is read by graphql-java's own property fetcher (that fetcher reads each value, as it would):
 * at 10x, graphql-java's field-by-field completion of treatyGaps' 1,238 treaties or portExposure's
 * 424 calls was about as much of the request's CPU as reading the answer from the driver. A field
 * with a fetcher of its own (a controller's, a loader's, provenance) leaves that record to
 * graphql-java, which then tries this again on each of its fields.
 */
final class CompiledCompletion extends AsyncExecutionStrategy {

	/** A value this completion leaves to graphql-java. */
	private static final Object DECLINED = new Object();

	/** For a property fetcher that would need the field's environment: it declines the value. */
	private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
		throw new IllegalStateException("a property read that needs the field's environment is left to graphql-java");
	};

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	/** Where a request's plans are kept, in its GraphQL context. */
	private static final String PLANS = CompiledCompletion.class.getName() + ".plans";

	private static final String RECORD_PLANS = CompiledCompletion.class.getName() + ".recordPlans";

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
		if (source != null && (compiledItems(type, source) || records(type, source)) && context.getGraphQLContext().get(ResultNodesInfo.MAX_RESULT_NODES) == null
				&& !context.hasIncrementalSupport()) {
			Object value = new Completion(context).value(type, parameters.getField(), source, null);
			if (value != DECLINED) {
				return new FieldValueInfo(GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList
						? FieldValueInfo.CompleteValueType.LIST : FieldValueInfo.CompleteValueType.OBJECT, value);
			}
		}
		return super.completeValue(context, parameters);
	}

	/** An item of a compiled type, or a list of them: what only the compiled path gives. */
	private boolean compiledItems(GraphQLOutputType type, Object source) {
		if (!(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType object) || !reads.types().contains(object.getName())) {
			return false;
		}
		if (source instanceof CompiledItem) {
			return true;
		}
		return source instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof CompiledItem;
	}

	/** A Java record of an object type, or a list of them: what the analyses answer. */
	private static boolean records(GraphQLOutputType type, Object source) {
		return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType
				&& (source instanceof Record || source instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Record);
	}

	/**
	 * One field's value completed from compiled items, or {@link #DECLINED} at the first thing
	 * graphql-java must do. A value is a compiled item, a list of them, or what an item holds at a
	 * position: a driver value, read as graphql-java's fetchers would read it from the item by name.
	 */
	private final class Completion {

		private final ExecutionContext context;

		private final Map<Selection, Optional<List<Step>>> plans;

		private final Map<Selection, Optional<List<RecordStep>>> recordPlans;

		Completion(ExecutionContext context) {
			this.context = context;
			// the request's, declined ones included: after a decline graphql-java completes a list item by
			// item, and each item would otherwise collect its fields again only to decline again
			this.plans = context.getGraphQLContext().computeIfAbsent(PLANS, key -> new ConcurrentHashMap<>());
			this.recordPlans = context.getGraphQLContext().computeIfAbsent(RECORD_PLANS, key -> new ConcurrentHashMap<>());
		}

		/** {@code value} as {@code type}; {@code layout} is that of the items a driver value holds, if any. */
		Object value(GraphQLType type, MergedField field, Object value, Layout layout) {
			if (type instanceof GraphQLNonNull nonNull) {
				Object done = isNull(value) ? null : value(nonNull.getWrappedType(), field, value, layout);
				return (done == null) ? DECLINED : done;
			}
			if (isNull(value)) {
				return null;
			}
			return switch (type) {
				case GraphQLList list -> list(list.getWrappedType(), field, value, layout);
				case GraphQLObjectType object when value instanceof Record record -> record(object, field, record);
				case GraphQLScalarType scalar -> serialized(() -> scalar.getCoercing()
					.serialize(java(value), context.getGraphQLContext(), context.getLocale()));
				case GraphQLEnumType enumType -> serialized(
						() -> enumType.serialize(java(value), context.getGraphQLContext(), context.getLocale()));
				case GraphQLObjectType object when reads.types().contains(object.getName()) -> switch (value) {
					case CompiledItem item -> object(object, field, item.driverValues(), item.layout());
					case Value values when layout != null && values.hasType(TYPES.LIST()) ->
						object(object, field, values, layout);
					default -> DECLINED;
				};
				default -> DECLINED;
			};
		}

		private Object list(GraphQLType itemType, MergedField field, Object value, Layout layout) {
			Iterable<?> items;
			int size;
			if (value instanceof Value values && values.hasType(TYPES.LIST())) {
				items = values.values();
				size = values.size();
			}
			else if (value instanceof List<?> list) {
				items = list;
				size = list.size();
			}
			else {
				return DECLINED;
			}
			List<Object> completed = new ArrayList<>(size);
			for (Object item : items) {
				Object done = value(itemType, field, item, layout);
				if (done == DECLINED) {
					return DECLINED;
				}
				completed.add(done);
			}
			return completed;
		}

		private Object object(GraphQLObjectType type, MergedField field, Value values, Layout layout) {
			List<Step> steps = plans
				.computeIfAbsent(new Selection(type, field), selection -> Optional.ofNullable(plan(selection, layout)))
				.orElse(null);
			if (steps == null) {
				return DECLINED;
			}
			Map<String, Object> result = LinkedHashMap.newLinkedHashMap(steps.size());
			for (Step step : steps) {
				Object done;
				if (step.position >= 0) {
					done = value(step.type, step.field, values.get(step.position), step.items);
				}
				else if (step.read != null) {
					done = value(step.type, step.field, step.read.apply(new CompiledItem(values, layout)), null);
				}
				else {
					done = type.getName();
				}
				if (done == DECLINED) {
					return DECLINED;
				}
				result.put(step.key, done);
			}
			return result;
		}

		/**
		 * A record's fields, each read by its own fetcher as graphql-java reads it: only fields whose
		 * fetcher is graphql-java's property fetcher (a controller's or a loader's field declines).
		 */
		private Object record(GraphQLObjectType type, MergedField field, Record record) {
			List<RecordStep> steps = recordPlans
				.computeIfAbsent(new Selection(type, field), selection -> Optional.ofNullable(recordPlan(selection)))
				.orElse(null);
			if (steps == null) {
				return DECLINED;
			}
			Map<String, Object> result = LinkedHashMap.newLinkedHashMap(steps.size());
			for (RecordStep step : steps) {
				Object done;
				if (step.fetcher == null) {
					done = type.getName();
				}
				else {
					Object fetched;
					try {
						fetched = step.fetcher.get(step.definition, record, NO_ENVIRONMENT);
					}
					catch (Exception ex) {
						return DECLINED;
					}
					if (fetched instanceof DataFetcherResult<?> || fetched instanceof CompletionStage<?>) {
						return DECLINED;
					}
					done = value(step.definition.getType(), step.field, context.getValueUnboxer().unbox(fetched), null);
				}
				if (done == DECLINED) {
					return DECLINED;
				}
				result.put(step.key, done);
			}
			return result;
		}

		/** The fields a record of the selection's type answers, as graphql-java collects them; null when one is not a property. */
		private List<RecordStep> recordPlan(Selection selection) {
			MergedSelectionSet fields = collect(selection);
			List<RecordStep> steps = new ArrayList<>(fields.size());
			for (String key : fields.getKeys()) {
				MergedField sub = fields.getSubField(key);
				if (sub.getName().equals("__typename")) {
					steps.add(new RecordStep(key, sub, null, null));
					continue;
				}
				GraphQLFieldDefinition definition = selection.type.getFieldDefinition(sub.getName());
				if (definition == null) {
					return null;
				}
				DataFetcher<?> fetcher = context.getGraphQLSchema().getCodeRegistry().getDataFetcher(selection.type, definition);
				if (!(fetcher instanceof PropertyDataFetcher<?> || fetcher instanceof SingletonPropertyDataFetcher<?>)) {
					return null;
				}
				steps.add(new RecordStep(key, sub, definition, (LightDataFetcher<?>) fetcher));
			}
			return steps;
		}

		private MergedSelectionSet collect(Selection selection) {
			FieldCollectorParameters collecting = FieldCollectorParameters.newParameters()
				.schema(context.getGraphQLSchema())
				.objectType(selection.type)
				.fragments(context.getFragmentsByName())
				.variables(context.getCoercedVariables().toMap())
				.graphQLContext(context.getGraphQLContext())
				.build();
			return fieldCollector.collectFields(collecting, selection.field, false);
		}

		/**
		 * The fields an item of {@code type} answers for {@code field}, as graphql-java collects them,
		 * each with where it is read in the item; null when one is not compiled. The same for every
		 * item of a list, so collected once.
		 */
		private List<Step> plan(Selection selection, Layout layout) {
			MergedSelectionSet fields = collect(selection);
			String type = selection.type.getName();
			List<Step> steps = new ArrayList<>(fields.size());
			for (String key : fields.getKeys()) {
				MergedField sub = fields.getSubField(key);
				String name = sub.getName();
				if (name.equals("__typename")) {
					steps.add(new Step(key, null, sub, -1, null, null));
					continue;
				}
				GraphQLFieldDefinition definition = selection.type.getFieldDefinition(name);
				if (definition == null) {
					return null;
				}
				Function<Map<?, ?>, Object> read = compiledFields.fromMap(type, name);
				int position = layout.position(name);
				if (reads.lists().containsKey(type + "." + name) || read == null && reads.isProperty(type, name)) {
					if (position < 0) {
						return null;
					}
					steps.add(new Step(key, definition.getType(), sub, position, layout.list(name), null));
				}
				else if (read != null) {
					steps.add(new Step(key, definition.getType(), sub, -1, null, read));
				}
				else {
					return null;
				}
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

	private static boolean isNull(Object value) {
		return value == null || value instanceof Value driverValue && driverValue.isNull();
	}

	/** A driver value as a Java value, as an item read by name gives it. */
	private static Object java(Object value) {
		return (value instanceof Value driverValue) ? driverValue.asObject() : value;
	}

	/** A record field's result key and fetcher; no fetcher for {@code __typename}. */
	private record RecordStep(String key, MergedField field, GraphQLFieldDefinition definition,
			LightDataFetcher<?> fetcher) {
	}

	/** The selection of {@code field} on an item of {@code type}. */
	private record Selection(GraphQLObjectType type, MergedField field) {
	}

	/**
	 * A result key and where its value is: at a position of the item (with the layout of the items
	 * of a nested list), or read from the item as a map by {@code read} (provenance), or neither for
	 * {@code __typename}.
	 */
	private record Step(String key, GraphQLOutputType type, MergedField field, int position, Layout items,
			Function<Map<?, ?>, Object> read) {
	}

}
