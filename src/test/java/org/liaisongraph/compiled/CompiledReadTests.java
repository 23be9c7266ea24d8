package org.liaisongraph.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The compiled path answers exactly as the batch loaders do: the same query is asked once as it is
 * (compiled, one statement) and once with a field the compiler does not know ({@code State.ports},
 * {@code Treaty.parties}), so the whole page goes through the loaders; without that field the two
 * answers are equal, cursors and provenance included, for a user cleared for restricted values and
 * for one who is not.
 */
class CompiledReadTests extends IntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	GraphReader reader;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "VIEWER", "ANALYST" })
	void aCompiledPageOfStatesAnswersAsTheLoadersDo(Role role) throws IOException {
		loadFixture();
		var tester = as(role);
		String second = tester.documentName("compiledStates")
			.variable("states", 1)
			.execute()
			.path("states.pageInfo.endCursor")
			.entity(String.class)
			.get();
		List<Map<String, Object>> cases = List.of(Map.of("states", 20),
				Map.of("states", 5, "on", "2022-01-01", "treaties", 1, "clauses", 1),
				Map.of("states", 4, "after", second, "on", "2020-06-01", "kind", "BILATERAL", "treatiesAfter", "t-a",
						"clauses", 0),
				Map.of("states", 3, "on", "2030-01-01", "treaties", 0));
		for (var variables : cases) {
			assertSameAnswers(tester, "states", variables, "ports");
		}
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "VIEWER", "ANALYST" })
	void aCompiledPageOfTreatiesAnswersAsTheLoadersDo(Role role) throws IOException {
		loadFixture();
		var tester = as(role);
		List<Map<String, Object>> cases = List.of(Map.of("first", 20),
				Map.of("first", 2, "clauses", 1, "filter", Map.of("inForceOn", "2020-06-01")),
				Map.of("first", 5, "filter", Map.of("kind", "BILATERAL", "party", "BE"), "clauses", 0));
		for (var variables : cases) {
			assertSameAnswers(tester, "treaties", variables, "parties");
		}
	}

	/**
	 * The document {@code compiled<Field>} answers in one statement, and as the loaders answer it
	 * when {@code unknown}, which the compiler does not take, is asked for on each item where the
	 * document's comment says.
	 */
	private void assertSameAnswers(GraphQlTester tester, String field, Map<String, Object> variables, String unknown)
			throws IOException {
		String document = new ClassPathResource(
				"graphql-test/compiled" + Character.toUpperCase(field.charAt(0)) + field.substring(1) + ".graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		long before = reader.statementsRun();
		var compiled = answer(tester.document(document), field, variables);
		long compiledStatements = reader.statementsRun() - before;
		before = reader.statementsRun();
		String withUnknown = document.replace("# the loader path: one more field here", unknown + " { __typename }");
		var loaded = answer(tester.document(withUnknown), field, variables);
		long loadedStatements = reader.statementsRun() - before;

		assertThat(compiledStatements).as("statements of %s", variables).isEqualTo(1);
		assertThat(loadedStatements).as("statements of %s through the loaders", variables).isGreaterThan(1);
		assertThat(compiled).as("answer to %s", variables).isEqualTo(without(loaded, unknown));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "VIEWER", "ANALYST" })
	void provenanceOfACompiledPageIsGradedFromItsSources(Role role) {
		loadFixture();
		var page = as(role).documentName("compiledStates").variable("states", 20).execute();
		page.path("states.edges[?(@.node.iso2 == 'PA')].node.treaties[0].id").entityList(String.class)
			.containsExactly("t-be-pa-customs");
		page.path("states.edges[?(@.node.iso2 == 'PA')].node.treaties[0].grade").entityList(String.class).containsExactly("F");
		page.path("states.edges[?(@.node.iso2 == 'PA')].node.treaties[0].illustrative").entityList(Boolean.class)
			.containsExactly(true);
		page.path("states.edges[?(@.node.iso2 == 'BE')].node.grade").entityList(String.class).containsExactly("A");
	}

	private static Map<String, Object> answer(GraphQlTester.Request<?> request, String field,
			Map<String, Object> variables) {
		variables.forEach(request::variable);
		return request.execute().path(field).entity(MAP).get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> without(Map<String, Object> connection, String field) {
		var copy = new HashMap<>(connection);
		copy.put("edges", ((List<Map<String, Object>>) connection.get("edges")).stream().map(edge -> {
			var node = new HashMap<>((Map<String, Object>) edge.get("node"));
			node.remove(field);
			return Map.of("cursor", edge.get("cursor"), "node", node);
		}).toList());
		return copy;
	}

}
