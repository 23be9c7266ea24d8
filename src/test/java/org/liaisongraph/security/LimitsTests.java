package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.api.RequestTimeoutException;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Each limit of the defaults, just under (or at) and just over. */
class LimitsTests extends IntegrationTest {

	private static final String SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n";

	@Autowired
	GraphReader reader;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@AfterEach
	void noDeadlineLeft() {
		RequestDeadline.end();
	}

	@Test
	void depthTenIsAnsweredElevenRefused() {
		graphQl.documentName("depth10").execute()
			.path("port.liaisonOfficers[0].port.liaisonOfficers[0].port.liaisonOfficers[0].port.liaisonOfficers[0].port.locode")
			.entity(String.class).isEqualTo("ECGYE");
		expectRefused(graphQl.documentName("depth11"), "liaison.security.limits.max-depth", 10, 11);
	}

	@Test
	void depthRefusalNamesTheDeepestField() {
		graphQl.documentName("depth11").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("field",
					"port.liaisonOfficers.port.liaisonOfficers.port.liaisonOfficers.port.liaisonOfficers.port.state.iso2")));
	}

	@Test
	void complexityAtTheLimitPassesOneMoreIsRefused() {
		// countryPriorities(limit: n) { rank } asks for 1 + n values. At the limit the query gets as
		// far as the resolver, which refuses a limit above 250 on its own.
		expectError(graphQl.documentName("prioritiesRanks").variable("limit", 99_999), ErrorType.BAD_REQUEST, "limit");
		expectRefused(graphQl.documentName("prioritiesRanks").variable("limit", 100_000),
				"liaison.security.limits.max-complexity", 100_000, 100_001);
	}

	@Test
	void aRepeatedDocumentIsMeasuredForItsVariablesEachTime() {
		// the measure of a document is remembered, but only for the variables it was taken with
		expectRefused(graphQl.documentName("prioritiesRanks").variable("limit", 100_000),
				"liaison.security.limits.max-complexity", 100_000, 100_001);
		expectError(graphQl.documentName("prioritiesRanks").variable("limit", 99_999), ErrorType.BAD_REQUEST, "limit");
		expectError(graphQl.documentName("prioritiesRanks").variable("limit", 99_999), ErrorType.BAD_REQUEST, "limit");
		expectRefused(graphQl.documentName("prioritiesRanks").variable("limit", 100_000),
				"liaison.security.limits.max-complexity", 100_000, 100_001);
	}

	@Test
	void twentyAliasesAreAnsweredTwentyOneRefused() {
		graphQl.documentName("aliases20").execute().path("b20[*].code").entityList(String.class).contains("EU");
		expectRefused(graphQl.documentName("aliases21"), "liaison.security.limits.max-aliases", 20, 21);
	}

	@Test
	void fiveOperationsInADocumentAreAcceptedSixRefused() {
		graphQl.documentName("operations5").operationName("op5").execute().path("blocs[*].code")
			.entityList(String.class).contains("EU");
		expectRefused(graphQl.documentName("operations6").operationName("op6"), "liaison.security.limits.max-operations",
				5, 6);
	}

	@Test
	void pagesOfAHundredAreAnsweredLargerOnesRefused() {
		graphQl.documentName("states").variable("first", 100).execute().path("states.totalCount")
			.entity(Integer.class).isEqualTo(7);
		expectError(graphQl.documentName("states").variable("first", 101), ErrorType.BAD_REQUEST, "first");
	}

	@Test
	void aBodyOf100KiBIsReadOneByteMoreIsRefusedWith413() throws Exception {
		answered(mvc.perform(post("/graphql").header(HttpHeaders.AUTHORIZATION, basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(bodyOfSize(100 * 1024)))).andExpect(status().isOk()).andExpect(jsonPath("$.data.blocs").isArray());
		mvc.perform(post("/graphql").header(HttpHeaders.AUTHORIZATION, basic()).contentType(MediaType.APPLICATION_JSON)
			.content(bodyOfSize(100 * 1024 + 1)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[0].extensions.limit").value(102400))
			.andExpect(jsonPath("$.errors[0].extensions.setting").value("liaison.security.limits.max-body-size"));
	}

	@Test
	void aQueryIsAnsweredOnTheRequestsThreadWithoutAsynchronousProcessing() throws Exception {
		var sent = mvc.perform(post("/graphql").header(HttpHeaders.AUTHORIZATION, basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\":\"{ states { totalCount } }\"}"));
		assertThat(sent.andReturn().getRequest().isAsyncStarted()).isFalse();
		sent.andExpect(status().isOk()).andExpect(jsonPath("$.data.states.totalCount").value(7));
	}

	@Test
	void aStatementStillRunningAtTheDeadlineIsEndedByTheDatabase() {
		RequestDeadline.start(Instant.now().plusMillis(1500));
		long started = System.nanoTime();
		assertThatThrownBy(() -> reader.records(SLOW, Map.of())).isInstanceOf(RequestTimeoutException.class);
		// The transaction timeout is rounded up to the second: 2 s, not the minutes the statement needs.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		RequestDeadline.end();
		assertThat(neo4j.query("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range' RETURN count(*)")
			.fetchAs(Long.class).one()).contains(0L);
	}

	@Test
	void noStatementStartsOnceTheDeadlineHasPassed() {
		RequestDeadline.start(Instant.now().minusMillis(1));
		assertThatThrownBy(() -> reader.records("RETURN 1 AS one", Map.of()))
			.isInstanceOf(RequestTimeoutException.class)
			.hasMessageStartingWith("the request ran out of time");
	}

	@Test
	void noLookupByKeyStartsOnceTheDeadlineHasPassed() {
		RequestDeadline.start(Instant.now().minusMillis(1));
		var ran = new AtomicBoolean();
		assertThatThrownBy(() -> reader.read(() -> ran.getAndSet(true))).isInstanceOf(RequestTimeoutException.class);
		assertThat(ran).isFalse();
	}

	@Test
	void withinADeadlineStatementsRunAndOnlyRead() {
		RequestDeadline.start(Instant.now().plusSeconds(30));
		assertThat(reader.records("MATCH (s:State) RETURN count(s) AS n", Map.of()).getFirst().get("n").asLong())
			.isEqualTo(7);
		assertThatThrownBy(() -> reader.records("MATCH (s:State) DETACH DELETE s", Map.of()))
			.isNotInstanceOf(RequestTimeoutException.class);
		RequestDeadline.end();
		assertThat(count("MATCH (s:State) RETURN count(s)")).isEqualTo(7);
	}

	private static String bodyOfSize(int bytes) {
		String start = "{\"query\":\"{ blocs { code } } #";
		String end = "\"}";
		return start + "x".repeat(bytes - start.length() - end.length()) + end;
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder().encodeToString("analyst:analyst-demo".getBytes(StandardCharsets.UTF_8));
	}

	private static void expectRefused(GraphQlTester.Request<?> request, String setting, long limit, long actual) {
		request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).startsWith("Refused before execution: ")
				.endsWith("more than the limit of " + limit + " (" + setting + ")");
			assertThat(error.getExtensions()).containsEntry("setting", setting)
				.containsEntry("limit", (int) limit)
				.containsEntry("actual", (int) actual);
		}));
	}

}
