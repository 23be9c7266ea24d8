package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Who may change the graph: every kind of mutation (add, update, remove of an entity and of a
 * fact) is refused to VIEWER and ANALYST and nothing is written; EDITOR and ADMIN may; what they
 * write is text, never Cypher.
 */
class WriteRolesTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	private static final String DELETE_ALL = "x' }) MATCH (n) DETACH DELETE n //";

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "VIEWER", "ANALYST" })
	void readersMayNotChangeTheGraph(Role role) {
		long before = count("MATCH (n) RETURN count(n)");
		var tester = as(role);
		forbidden(tester.documentName("addBloc").variable("input", Map.of("code", "MERCOSUR", "name", "Mercosur", "source", SOURCE)));
		forbidden(tester.documentName("updateTreaty")
			.variable("input", Map.of("id", "t-be-ec-police", "version", 1, "title", "x", "source", SOURCE)));
		forbidden(tester.documentName("removeSanctionMeasure")
			.variable("input", Map.of("id", "sm-1", "version", 1, "source", SOURCE)));
		forbidden(tester.documentName("addRating")
			.variable("input", Map.of("state", "CO", "index", "TI-CPI", "year", 2023, "score", 40, "source", SOURCE)));
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(before);
		assertThat(count("MATCH (t:Treaty {id: 't-be-ec-police'}) RETURN t.version")).isOne();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "EDITOR", "ADMIN" })
	void editorsAndAdminsChangeTheGraph(Role role) {
		var tester = as(role);
		tester.documentName("addBloc").variable("input", Map.of("code", "MERCOSUR", "name", "Mercosur", "source", SOURCE))
			.execute().path("addBloc.auditEntry.user").entity(String.class).isEqualTo(role.name().toLowerCase());
		tester.documentName("updateTreaty")
			.variable("input", Map.of("id", "t-be-ec-police", "version", 1, "title", "x", "source", SOURCE))
			.execute().path("updateTreaty.treaty.version").entity(Integer.class).isEqualTo(2);
		tester.documentName("removeSanctionMeasure")
			.variable("input", Map.of("id", "sm-1", "version", 1, "source", SOURCE))
			.execute().path("removeSanctionMeasure.id").entity(String.class).isEqualTo("sm-1");
		tester.documentName("addRating")
			.variable("input", Map.of("state", "CO", "index", "TI-CPI", "year", 2023, "score", 40, "source", SOURCE))
			.execute().path("addRating.state.iso2").entity(String.class).isEqualTo("CO");
	}

	@Test
	void textThatLooksLikeCypherIsStoredAndReturnedAsText() {
		long before = count("MATCH (n) WHERE NOT n:AuditEntry RETURN count(n)");
		var input = Map.<String, Object>of("id", "t-be-ec-police", "version", 1, "title", DELETE_ALL, "source",
				Map.of("new", Map.of("id", "src-injection", "title", DELETE_ALL, "publisher", "' OR 1=1 //",
						"reliability", "F")));
		editor().documentName("updateTreaty").variable("input", input).execute().errors().verify();
		graphQl.documentName("treaty").variable("id", "t-be-ec-police").execute()
			.path("treaty.title").entity(String.class).isEqualTo(DELETE_ALL);
		assertThat(count("MATCH (s:Source {id: 'src-injection', publisher: \"' OR 1=1 //\"}) RETURN count(s)")).isOne();
		assertThat(count("MATCH (n) WHERE NOT n:AuditEntry RETURN count(n)")).isEqualTo(before + 1);
	}

	@Test
	void aKeyThatLooksLikeCypherIsMalformed() {
		expectError(editor().documentName("addState").variable("input", Map.of("iso2", DELETE_ALL, "name", "x", "source", SOURCE)),
				ErrorType.BAD_REQUEST, "input.iso2");
	}

	private static void forbidden(HttpGraphQlTester.Request<?> request) {
		request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
			assertThat(error.getExtensions()).containsEntry("requiredRole", "EDITOR");
		}));
	}

}
