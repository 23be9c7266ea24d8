package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;

/**
 * Text that tries to break out of a Cypher string or statement is only ever a value: it matches
 * nothing, names nothing or is malformed, and the graph is unchanged afterwards. Sent as ADMIN,
 * the role that could do most harm if any of it ran.
 */
class CypherInjectionTests extends IntegrationTest {

	private static final String DELETE_ALL = "x' }) MATCH (n) DETACH DELETE n //";

	private static final String DELETE_ALL_DOUBLE = "x\"}) MATCH (n) DETACH DELETE n RETURN 1 AS n //";

	private static final String ALWAYS_TRUE = "' OR 1=1 OR '' = '";

	private long nodes;

	@BeforeEach
	void fixture() {
		loadFixture();
		nodes = count("MATCH (n) RETURN count(n)");
	}

	@AfterEach
	void graphUnchanged() {
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
	}

	@Test
	void freeTextFiltersMatchNothing() {
		var admin = as(Role.ADMIN);
		for (String text : new String[] { DELETE_ALL, DELETE_ALL_DOUBLE, ALWAYS_TRUE }) {
			admin.documentName("states").variable("filter", Map.of("nameContains", text)).execute()
				.path("states.totalCount").entity(Integer.class).isEqualTo(0);
			admin.documentName("sources").variable("filter", Map.of("publisherContains", text)).execute()
				.path("sources.totalCount").entity(Integer.class).isEqualTo(0);
			admin.documentName("seizures").variable("filter", Map.of("drug", text)).execute()
				.path("seizures.totalCount").entity(Integer.class).isEqualTo(0);
			admin.documentName("states").variable("filter", Map.of("region", text)).execute()
				.path("states.totalCount").entity(Integer.class).isEqualTo(0);
		}
	}

	@Test
	void keysThatAreNotKeysAreMalformed() {
		var admin = as(Role.ADMIN);
		expectError(admin.documentName("state").variable("iso2", ALWAYS_TRUE), ErrorType.BAD_REQUEST, "iso2");
		expectError(admin.documentName("port").variable("locode", DELETE_ALL), ErrorType.BAD_REQUEST, "locode");
		expectError(admin.documentName("ports").variable("filter", Map.of("state", DELETE_ALL)), ErrorType.BAD_REQUEST,
				"filter.state");
		expectError(admin.documentName("routesBetween").variable("from", DELETE_ALL).variable("to", "BEANR"),
				ErrorType.BAD_REQUEST, "from");
		expectError(admin.documentName("liaisonCoverageGaps").variable("destination", DELETE_ALL_DOUBLE),
				ErrorType.BAD_REQUEST, "destination");
	}

	@Test
	void idsAndNamesThatMatchNothingAreNotFound() {
		var admin = as(Role.ADMIN);
		expectError(admin.documentName("treaty").variable("id", DELETE_ALL), ErrorType.NOT_FOUND, "id");
		expectError(admin.documentName("treaty").variable("id", ALWAYS_TRUE), ErrorType.NOT_FOUND, "id");
		expectError(admin.documentName("treatyGaps").variable("region", DELETE_ALL_DOUBLE), ErrorType.NOT_FOUND,
				"region");
	}

}
