package org.liaisongraph.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.util.TraversalControl;
import graphql.validation.ValidationError;
import org.liaisongraph.api.Paging;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses, before anything is read, a document with too many operations and an operation nested
 * too deep, asking for too many fields (see {@link LimitsProperties#maxComplexity()}) or using too
 * many aliases. Each refusal is one BAD_REQUEST error naming the limit, its value and the setting
 * that changes it.
 */
@Component
class QueryLimits implements Instrumentation {

	private static final String PREFIX = "liaison.security.limits.";

	private final LimitsProperties limits;

	/**
	 * The last measure of each operation, keyed by the parsed operation itself (graphql-java's nodes
	 * compare by identity) and weakly: an entry goes with its document, whose number the document
	 * cache bounds.
	 */
	private final Map<OperationDefinition, Measured> measured = new WeakHashMap<>();

	QueryLimits(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		long operations = parameters.getDocument()
			.getDefinitions()
			.stream()
			.filter(OperationDefinition.class::isInstance)
			.count();
		if (operations > limits.maxOperations()) {
			throw refused("the document holds " + operations + " operations", "max-operations",
					limits.maxOperations(), operations, null);
		}
		return null;
	}

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		Measure measure = measure(parameters.getExecutionContext());
		if (measure.depth > limits.maxDepth()) {
			throw refused("the query nests fields " + measure.depth + " deep", "max-depth", limits.maxDepth(),
					measure.depth, measure.deepestPath);
		}
		if (measure.aliases > limits.maxAliases()) {
			throw refused("the query uses " + measure.aliases + " aliases", "max-aliases", limits.maxAliases(),
					measure.aliases, null);
		}
		if (measure.complexity > limits.maxComplexity()) {
			throw refused("the query asks for up to " + measure.complexity
					+ " field values (each field counted once per item of the lists around it: first/last, limit, or "
					+ limits.assumedListSize() + " for other lists)", "max-complexity", limits.maxComplexity(),
					measure.complexity, null);
		}
		return null;
	}

	/**
	 * The measure of the operation, remembered for its document and variables: a repeated document
	 * is the same parsed document ({@code api/ParsedDocuments}), and what it asks for depends on
	 * nothing else (the schema, its fragments and the variables), so its traversal runs once.
	 */
	private Measure measure(ExecutionContext context) {
		OperationDefinition operation = context.getOperationDefinition();
		Map<String, Object> variables = context.getCoercedVariables().toMap();
		synchronized (measured) {
			Measured known = measured.get(operation);
			if (known != null && known.schema() == context.getGraphQLSchema() && known.variables().equals(variables)) {
				return known.measure();
			}
		}
		Measure measure = measure(context.getGraphQLSchema(), operation, context.getFragmentsByName(),
				context.getCoercedVariables());
		synchronized (measured) {
			measured.put(operation, new Measured(context.getGraphQLSchema(), variables, measure));
		}
		return measure;
	}

	/** What an operation of a valid document asks for. */
	Measure measure(GraphQLSchema schema, OperationDefinition operation, Map<String, FragmentDefinition> fragments,
			CoercedVariables variables) {
		GraphQLObjectType root = switch (operation.getOperation()) {
			case QUERY -> schema.getQueryType();
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
		};
		Measure measure = new Measure();
		QueryTraverser.newQueryTraverser()
			.schema(schema)
			.root(operation)
			.rootParentType(root)
			.fragmentsByName(fragments)
			.coercedVariables(variables)
			.build()
			.visitPreOrder(new QueryVisitorStub() {

				@Override
				public TraversalControl visitFieldWithControl(QueryVisitorFieldEnvironment field) {
					// Introspection has its own guard in GraphQL Java (good-faith introspection), and
					// GraphiQL's introspection query is deeper than any data query needs to be.
					String name = field.getField().getName();
					if (name.equals("__schema") || name.equals("__type")) {
						return TraversalControl.ABORT;
					}
					measure.add(field, items(field.getParentEnvironment()));
					return TraversalControl.CONTINUE;
				}
			});
		return measure;
	}

	/** How many times a field is resolved: the product of the list sizes of the fields around it. */
	private long items(QueryVisitorFieldEnvironment parent) {
		long items = 1;
		for (var field = parent; field != null; field = field.getParentEnvironment()) {
			items = saturated(items, size(field));
		}
		return items;
	}

	private long size(QueryVisitorFieldEnvironment field) {
		Map<String, Object> arguments = field.getArguments();
		for (String sizeArgument : List.of("first", "last", "limit")) {
			if (arguments.get(sizeArgument) instanceof Integer size) {
				return Math.max(size, 1);
			}
		}
		if (field.getFieldDefinition().getArgument("first") != null) {
			return Paging.DEFAULT_PAGE_SIZE;
		}
		boolean list = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList;
		// A connection's nodes and edges are its page, already counted by first/last on the connection.
		boolean page = GraphQLTypeUtil.unwrapAll(field.getParentType()).getName().endsWith("Connection");
		return (list && !page) ? limits.assumedListSize() : 1;
	}

	private static long saturated(long a, long b) {
		long product = a * b;
		return (b != 0 && product / b != a) ? Long.MAX_VALUE : product;
	}

	private static AbortExecutionException refused(String what, String setting, long limit, long actual, String field) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("limit", limit);
		extensions.put("actual", actual);
		extensions.put("setting", PREFIX + setting);
		if (field != null) {
			extensions.put("field", field);
		}
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("Refused before execution: " + what + ", more than the limit of " + limit + " (" + PREFIX
					+ setting + ")")
			.extensions(extensions)
			.build();
		return new AbortExecutionException(List.of(error));
	}

	private record Measured(GraphQLSchema schema, Map<String, Object> variables, Measure measure) {
	}

	/** What a query asks for. */
	static final class Measure {

		int depth;

		String deepestPath;

		int aliases;

		long complexity;

		void add(QueryVisitorFieldEnvironment field, long items) {
			List<String> path = new ArrayList<>();
			for (var f = field; f != null; f = f.getParentEnvironment()) {
				path.addFirst(f.getField().getResultKey());
			}
			if (path.size() > depth) {
				depth = path.size();
				deepestPath = String.join(".", path);
			}
			if (field.getField().getAlias() != null) {
				aliases++;
			}
			complexity = (complexity > Long.MAX_VALUE - items) ? Long.MAX_VALUE : complexity + items;
		}

	}

}
