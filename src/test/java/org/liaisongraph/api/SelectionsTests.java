package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/**
 * Selections answers as graphql-java's selection set does, whatever the document's shape: whether
 * each path is contained, all of them together, and whether the treaties show only their id.
 */
class SelectionsTests {

	private static final String SCHEMA = """
			type Query { gaps: [Gap] }
			type Gap { grade: String, facts: [String], treaties: [Link], state: String }
			type Link { via: [String], id: String }
			""";

	private static final String[] PATHS = { "grade", "facts", "treaties/via", "treaties", "state/via" };

	@Test
	void aPathIsFoundThroughAliasesFragmentsAndInlineFragments() {
		for (String document : List.of("{ gaps { state } }", "{ gaps { g: grade } }", "{ gaps { treaties { id } } }",
				"{ gaps { treaties { v: via } } }", "{ gaps { ...F } } fragment F on Gap { treaties { ...L } } fragment L on Link { via }",
				"{ gaps { ... on Gap { facts } } }", "{ a: gaps { state } b: gaps { grade } }", "{ gaps { state } gaps { grade } }",
				"{ gaps { treaties { __typename i: id } } }", "{ gaps { treaties { id } t: treaties { via } } }",
				"{ gaps { treaties { ... on Link { id } ...L } } } fragment L on Link { __typename }")) {
			assertThat(answers(document, Map.of())).as(document).containsExactlyElementsOf(expected(document, Map.of()));
		}
	}

	@Test
	void aFieldLeftOutBySkipOrIncludeIsNotContained() {
		for (String document : List.of(
				"query($s: Boolean!) { gaps { state grade @skip(if: $s) treaties @include(if: $s) { via } } }",
				"query($s: Boolean!) { gaps { treaties { id via @skip(if: $s) } } }",
				"query($s: Boolean!) { gaps { treaties { id ... @include(if: $s) { via } } } }",
				"query($s: Boolean!) { gaps { treaties { id ...L @skip(if: $s) } facts } } fragment L on Link { via }",
				"query($s: Boolean!) { gaps { ... @include(if: $s) { grade } state } }")) {
			for (boolean skip : new boolean[] { true, false }) {
				assertThat(answers(document, Map.of("s", skip))).as(document + " " + skip)
					.containsExactlyElementsOf(expected(document, Map.of("s", skip)));
			}
		}
	}

	/** Selections' answer for each path, then for all of them together. */
	private static List<Boolean> answers(String document, Map<String, Object> variables) {
		return run(document, variables, env -> {
			List<Boolean> answers = new ArrayList<>();
			for (String path : PATHS) {
				answers.add(Selections.containsAnyOf(env, path));
			}
			answers.add(Selections.containsAnyOf(env, PATHS));
			answers.add(Selections.showsOnlyIdOf(env, "treaties"));
			return answers;
		});
	}

	/** graphql-java's answer, likewise. */
	private static List<Boolean> expected(String document, Map<String, Object> variables) {
		return run(document, variables, env -> {
			List<Boolean> answers = new ArrayList<>();
			for (String path : PATHS) {
				answers.add(env.getSelectionSet().contains(path));
			}
			answers.add(env.getSelectionSet().containsAnyOf(PATHS[0], List.of(PATHS).subList(1, PATHS.length).toArray(String[]::new)));
			answers.add(env.getSelectionSet().getFields("treaties/*").stream()
				.allMatch(field -> field.getName().equals("id") || field.getName().equals("__typename")));
			return answers;
		});
	}

	private static List<Boolean> run(String document, Map<String, Object> variables,
			java.util.function.Function<graphql.schema.DataFetchingEnvironment, List<Boolean>> question) {
		List<Boolean> answers = new ArrayList<>();
		DataFetcher<List<Object>> gaps = env -> {
			if (answers.isEmpty()) {
				answers.addAll(question.apply(env));
			}
			return List.of();
		};
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
				RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("gaps", gaps)).build());
		var result = GraphQL.newGraphQL(schema).build()
			.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
		assertThat(result.getErrors()).isEmpty();
		return answers;
	}

}
