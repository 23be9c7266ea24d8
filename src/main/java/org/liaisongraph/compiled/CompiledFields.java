package org.liaisongraph.compiled;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.liaisongraph.source.Provenance;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The data fetchers of the compiled path: on the types {@link CompiledReads} compiles, an item read
 * by it is a map rather than an entity, so a nested list field gives the map's list and a provenance
 * field grades the map's source reliabilities with {@link Provenance}; on an entity each field keeps
 * its own fetcher (the batch loaders). Properties keep graphql-java's default fetcher, which reads a
 * map by name as it reads an entity; they are the fields recorded as compilable.
 */
@Component
class CompiledFields implements GraphQlSourceBuilderCustomizer {

	private final CompiledReads reads;

	CompiledFields(CompiledReads reads) {
		this.reads = reads;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {

			@Override
			public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
					TraverserContext<GraphQLSchemaElement> context) {
				if (context.getParentNode() instanceof GraphQLObjectType type && reads.types().contains(type.getName())) {
					wire(type, field, context.getVarFromParents(GraphQLCodeRegistry.Builder.class));
				}
				return TraversalControl.CONTINUE;
			}
		}));
	}

	private void wire(GraphQLObjectType type, GraphQLFieldDefinition field, GraphQLCodeRegistry.Builder registry) {
		var coordinates = FieldCoordinates.coordinates(type, field);
		DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
		String name = field.getName();
		if (reads.lists().containsKey(type.getName() + "." + name)) {
			registry.dataFetcher(coordinates, fromMap(fetcher, map -> map.get(name)));
		}
		else if (name.equals("grade")) {
			registry.dataFetcher(coordinates, fromMap(fetcher, CompiledFields::grade));
		}
		else if (name.equals("illustrative")) {
			registry.dataFetcher(coordinates, fromMap(fetcher, map -> Provenance.illustrative(grade(map))));
		}
		else if (fetcher instanceof TrivialDataFetcher<?> && field.getArguments().isEmpty()
				&& (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType
						|| GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType)) {
			reads.property(type.getName(), name);
		}
	}

	@SuppressWarnings("unchecked")
	private static String grade(Map<?, ?> node) {
		return Provenance.weakest((List<String>) node.get(CompiledReads.RELIABILITIES));
	}

	private static DataFetcher<?> fromMap(DataFetcher<?> fetcher, Function<Map<?, ?>, Object> value) {
		return env -> (env.getSource() instanceof Map<?, ?> node) ? value.apply(node) : fetcher.get(env);
	}

}
