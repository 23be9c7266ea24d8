package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;

class ErrorHandlingTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void unknownKeysAreNotFound() {
		expectError(graphQl.documentName("state").variable("iso2", "XX"), ErrorType.NOT_FOUND, "iso2");
		expectError(graphQl.documentName("port").variable("locode", "ZZZZZ"), ErrorType.NOT_FOUND, "locode");
		expectError(graphQl.documentName("treaty").variable("id", "no-such-treaty"), ErrorType.NOT_FOUND, "id");
	}

	@Test
	void malformedKeysAreBadRequestsNamingTheField() {
		expectError(graphQl.documentName("state").variable("iso2", "BEL"), ErrorType.BAD_REQUEST, "iso2");
		expectError(graphQl.documentName("port").variable("locode", "ANTWERP"), ErrorType.BAD_REQUEST, "locode");
		expectError(graphQl.documentName("ports").variable("filter", Map.of("state", "Belgium")), ErrorType.BAD_REQUEST,
				"filter.state");
		expectError(graphQl.documentName("states").variable("filter", Map.of("bloc", "EU; DROP")),
				ErrorType.BAD_REQUEST, "filter.bloc");
		expectError(graphQl.documentName("sources").variable("filter", Map.of("reliability", "G")),
				ErrorType.BAD_REQUEST, "filter.reliability");
	}

	@Test
	void pageSizesAboveTheCapOrCombinedAreBadRequests() {
		expectError(graphQl.documentName("states").variable("first", 101), ErrorType.BAD_REQUEST, "first");
		expectError(graphQl.documentName("states").variable("last", 101), ErrorType.BAD_REQUEST, "last");
		expectError(graphQl.documentName("states").variable("first", -1), ErrorType.BAD_REQUEST, "first");
		expectError(graphQl.documentName("states").variable("first", 2).variable("last", 2), ErrorType.BAD_REQUEST,
				"last");
		graphQl.documentName("states").variable("first", 100).execute().path("states.totalCount").entity(Integer.class)
			.isEqualTo(7);
	}

	@Test
	void aCursorNotIssuedByTheApiIsABadRequest() {
		expectError(graphQl.documentName("states").variable("after", "not-a-cursor"), ErrorType.BAD_REQUEST,
				"after/before");
	}

	@Test
	void datesOutOfOrderAreABadRequest() {
		expectError(graphQl.documentName("seizures").variable("filter", Map.of("from", "2024-01-01", "to", "2023-01-01")),
				ErrorType.BAD_REQUEST, "filter.to");
	}

	@Test
	void anUnknownClauseTypeIsRejectedBeforeExecution() {
		graphQl.documentName("unknownClauseType").execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(error -> assertThat(error.getMessage()).contains("NO_SUCH_CLAUSE")));
	}

	@Test
	void textThatLooksLikeCypherIsOnlyEverAValue() {
		graphQl.documentName("states")
			.variable("filter", Map.of("nameContains", "x' OR 1=1 //", "region", "Europe\") MATCH (n) DETACH DELETE n //"))
			.execute()
			.path("states.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		assertThat(count("MATCH (s:State) RETURN count(s)")).isEqualTo(7);
	}
}
