package org.liaisongraph.compiled;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The compiled path answers exactly as the batch loaders do: the same query is asked once as it is
 * (compiled, one statement) and once with {@code State.ports}, which the compiler does not know, so
 * the whole page goes through the loaders; without the ports the two answers are equal, cursors and
 * provenance included, for a user cleared for restricted values and for one who is not.
 */
class CompiledReadTests extends IntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	GraphReader reader;

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "VIEWER", "ANALYST" })
	void aCompiledPageAnswersAsTheLoadersDo(Role role) {
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
			long before = reader.statementsRun();
			var compiled = states(tester, "compiledStates", variables);
			long compiledStatements = reader.statementsRun() - before;
			before = reader.statementsRun();
			var loaded = states(tester, "compiledStatesWithPorts", variables);
			long loadedStatements = reader.statementsRun() - before;

			assertThat(compiledStatements).as("statements of %s", variables).isEqualTo(1);
			assertThat(loadedStatements).as("statements of %s through the loaders", variables).isGreaterThan(1);
			assertThat(compiled).as("answer to %s", variables).isEqualTo(withoutPorts(loaded));
		}
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

	private static Map<String, Object> states(GraphQlTester tester, String document, Map<String, Object> variables) {
		var request = tester.documentName(document);
		variables.forEach(request::variable);
		return request.execute().path("states").entity(MAP).get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> withoutPorts(Map<String, Object> states) {
		var copy = new HashMap<>(states);
		copy.put("edges", ((List<Map<String, Object>>) states.get("edges")).stream().map(edge -> {
			var node = new HashMap<>((Map<String, Object>) edge.get("node"));
			node.remove("ports");
			return Map.of("cursor", edge.get("cursor"), "node", node);
		}).toList());
		return copy;
	}

}
