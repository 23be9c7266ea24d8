package org.liaisongraph.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import graphql.ErrorClassification;
import org.junit.jupiter.api.BeforeEach;
import org.liaisongraph.dataset.GraphImporter;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.neo4j.DerivedFact;
import org.liaisongraph.security.LoginThrottle;
import org.liaisongraph.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Base of every integration test: one Spring context and one Neo4j for the whole suite, the graph
 * emptied (the schema stays) and the clock set back to the system's before each test. Requests go
 * as the demo ANALYST unless a test asks for another role with {@link #as(Role)}; bearer tokens are
 * checked against {@link TestJwt}'s key.
 */
@SpringBootTest(properties = "liaison.dataset.load=false")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(TestClock.Configuration.class)
public abstract class IntegrationTest {

	/** GraphQL requests without credentials. */
	protected HttpGraphQlTester anonymous;

	/** GraphQL requests of the demo ANALYST. */
	protected HttpGraphQlTester graphQl;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Neo4jClient neo4j;

	@Autowired
	protected GraphImporter importer;

	@Autowired
	private List<DerivedFact> derivedFacts;

	/** The application's clock: a test sets the date "today" is with {@link TestClock#setDate}. */
	@Autowired
	protected TestClock clock;

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry);
		TestJwt.register(registry);
	}

	@Autowired
	void testers(HttpGraphQlTester tester) {
		this.anonymous = tester;
		this.graphQl = as(Role.ANALYST);
	}

	/** GraphQL requests of the demo user of a role, with its documented password. */
	protected HttpGraphQlTester as(Role role) {
		String name = role.name().toLowerCase(Locale.ROOT);
		return anonymous.mutate().headers(headers -> headers.setBasicAuth(name, name + "-demo")).build();
	}

	/** GraphQL requests with a bearer token. */
	protected HttpGraphQlTester bearer(String token) {
		return anonymous.mutate().headers(headers -> headers.setBearerAuth(token)).build();
	}

	@BeforeEach
	protected void emptyGraph() {
		neo4j.query("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') DETACH DELETE n").run();
	}

	@BeforeEach
	void resetClock() {
		clock.reset();
	}

	/** Every test logs in from the same address: failures of one must not slow down the next. */
	@BeforeEach
	void forgetFailedLogins(@Autowired LoginThrottle throttle) {
		throttle.clear();
	}

	/** Loads the hand-made fixture graph of {@code src/test/resources/fixture}. */
	protected void loadFixture() {
		importer.importFiles(ImportFile.fromClasspath("classpath:fixture"));
	}

	/** GraphQL requests of the demo EDITOR, the role that changes the graph. */
	protected HttpGraphQlTester editor() {
		return as(Role.EDITOR);
	}

	/** The request fails with exactly one error of this type, naming this input field. */
	protected static void expectError(GraphQlTester.Request<?> request, ErrorClassification type, String field) {
		request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString(type.toString());
			assertThat(error.getExtensions()).containsEntry("field", field);
			assertThat(error.getMessage()).startsWith(type == ErrorType.NOT_FOUND && !field.startsWith("input.") ? "No " : field + ":");
		}));
	}

	/**
	 * The response of a MockMvc request to {@code /graphql}: GraphQL answers on the request's thread,
	 * and asynchronously only when the answer failed or was not there past the deadline
	 * ({@code WaitingGraphQlHttpHandler}), so the async dispatch happens only when the request
	 * started one.
	 */
	protected ResultActions answered(ResultActions sent) throws Exception {
		var result = sent.andReturn();
		return result.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(result)) : sent;
	}

	/**
	 * Every derived fact (seizure totals, route facts, bilateral clause kinds, ...) of what a test wrote
	 * with its own Cypher, which no write or import saw, computed as a write would keep them.
	 */
	protected void deriveFacts() {
		derivedFacts.forEach(DerivedFact::rebuild);
	}

	/**
	 * The nodes with no source: every node but the sources, the derived facts of the graph model, the
	 * database's own ({@code __} labels) and those of {@code alsoExempt}.
	 */
	protected long unsourcedNodes(String... alsoExempt) {
		var exempt = new ArrayList<>(List.of(alsoExempt));
		exempt.add("Source");
		GraphModel.DERIVED.forEach(derived -> exempt.add(derived.label()));
		return neo4j.query("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l IN $exempt OR l STARTS WITH '__')
				  AND NOT (n)-[:SUPPORTED_BY]->(:Source)
				RETURN count(n)""").bind(exempt).to("exempt").fetchAs(Long.class).one().orElseThrow();
	}

	protected long count(String cypher) {
		return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
