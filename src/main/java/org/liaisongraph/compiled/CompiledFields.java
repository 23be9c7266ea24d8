package org.liaisongraph.compiled;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.GraphQL;
import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionStrategy;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.LightDataFetcher;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.liaisongraph.source.Provenance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The data fetchers of the compiled path: on the types {@link CompiledReads} compiles, an item read
 * by it is a map rather than an entity, so a nested list field gives the map's list and a provenance
 * field grades the map's source reliabilities with {@link Provenance}; on an entity each field keeps
 * its own fetcher (the batch loaders). Properties keep graphql-java's default fetcher, which reads a
 * map by name as it reads an entity; they are the fields recorded as compilable.
 * <p>
 * The map fetchers are put on top of the schema Spring for GraphQL has built ({@link OnTop}), after
 * it has wrapped every fetcher that is not trivial with its context propagation and observation:
 * reading a map needs neither, and a compiled page has tens of thousands of such fields. A map
 * fetcher is trivial, so it is not wrapped again; an entity goes on to the field's own fetcher as
 * Spring wrapped it, so the loaders still run with the request's context (its user, its deadline).
 */
@Component
class CompiledFields implements GraphQlSourceBuilderCustomizer {

	private final CompiledReads reads;

	CompiledFields(CompiledReads reads) {
		this.reads = reads;
	}

	/** Records the properties: graphql-java's default fetcher, as the schema declares it, before any wrapping. */
	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {

			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				if (context.getParentNode() instanceof GraphQLObjectType type && reads.types().contains(type.getName())
						&& !reads.lists().containsKey(type.getName() + "." + field.getName())
						&& !Provenance.FIELDS.contains(field.getName())) {
					DataFetcher<?> fetcher = context.getVarFromParents(GraphQLCodeRegistry.Builder.class)
						.getDataFetcher(FieldCoordinates.coordinates(type, field), field);
					if (fetcher instanceof TrivialDataFetcher<?> && field.getArguments().isEmpty()
							&& (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType
									|| GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType)) {
						reads.property(type.getName(), field.getName());
					}
				}
				return TraversalControl.CONTINUE;
			}
		}));
	}

	/** The schema with the map fetchers of the compiled fields on top of the fetchers Spring wrapped. */
	GraphQLSchema onTop(GraphQLSchema schema) {
		var registry = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
		for (String typeName : reads.types()) {
			GraphQLObjectType type = schema.getObjectType(typeName);
			for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
				Function<Map<?, ?>, Object> value = fromMap(type.getName(), field.getName());
				if (value != null) {
					var coordinates = FieldCoordinates.coordinates(type, field);
					registry.dataFetcher(coordinates, new MapFirst(registry.getDataFetcher(coordinates, field), value));
				}
			}
		}
		return schema.transformWithoutTypes(builder -> builder.codeRegistry(registry.build()));
	}

	/** What a compiled field is in the map of its item, null for a property (read by name as it is). */
	Function<Map<?, ?>, Object> fromMap(String type, String name) {
		if (reads.lists().containsKey(type + "." + name)) {
			return map -> map.get(name);
		}
		if (name.equals("grade")) {
			return CompiledFields::grade;
		}
		if (name.equals("illustrative")) {
			return map -> Provenance.illustrative(grade(map));
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static String grade(Map<?, ?> node) {
		return Provenance.weakest((List<String>) node.get(CompiledReads.RELIABILITIES));
	}

	/**
	 * A map's value read directly, without building the field's environment; anything else handed to
	 * the field's own fetcher.
	 */
	private record MapFirst(DataFetcher<?> fetcher, Function<Map<?, ?>, Object> value) implements LightDataFetcher<Object> {

		@Override
		public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env)
				throws Exception {
			return (source instanceof Map<?, ?> node) ? value.apply(node) : fetcher.get(env.get());
		}

		@Override
		public Object get(DataFetchingEnvironment env) throws Exception {
			return get(env.getFieldDefinition(), env.getSource(), () -> env);
		}

	}

	/** Puts the map fetchers on top once Spring for GraphQL has built the schema and the engine. */
	@Configuration(proxyBeanMethods = false)
	static class OnTop {

		@Bean
		static BeanPostProcessor compiledFieldsOnTop(ObjectProvider<CompiledFields> fields) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof GraphQlSource source)) {
						return bean;
					}
					CompiledFields compiled = fields.getObject();
					GraphQLSchema schema = compiled.onTop(source.schema());
					var completion = new CompiledCompletion(exceptionHandler(source.graphQl().getQueryStrategy()),
							compiled.reads, compiled);
					GraphQL graphQl = source.graphQl()
						.transform(builder -> builder.schema(schema).queryExecutionStrategy(completion));
					return new GraphQlSource() {

						@Override
						public GraphQL graphQl() {
							return graphQl;
						}

						@Override
						public GraphQLSchema schema() {
							return schema;
						}
					};
				}
			};
		}

		/**
		 * The exception handler Spring for GraphQL built the query strategy with (its exception
		 * resolvers, {@code @GraphQlExceptionHandler}s included), for the strategy that replaces it:
		 * graphql-java keeps it in a field it gives no accessor for.
		 */
		static DataFetcherExceptionHandler exceptionHandler(ExecutionStrategy strategy) {
			try {
				Field field = ExecutionStrategy.class.getDeclaredField("dataFetcherExceptionHandler");
				field.setAccessible(true);
				return (DataFetcherExceptionHandler) field.get(strategy);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("graphql-java's execution strategy has no exception handler field", ex);
			}
		}

	}

}
