package org.liaisongraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ErrorClassification;
import org.junit.jupiter.api.BeforeEach;
import org.liaisongraph.dataset.GraphImporter;
import org.liaisongraph.dataset.ImportFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: one Spring context and one Neo4j for the whole suite, the graph
 * emptied before each test (the schema stays).
 */
@SpringBootTest(properties = "liaison.dataset.load=false")
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
public abstract class IntegrationTest {

	@Autowired
	protected HttpGraphQlTester graphQl;

	@Autowired
	protected Neo4jClient neo4j;

	@Autowired
	protected GraphImporter importer;

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry);
	}

	@BeforeEach
	protected void emptyGraph() {
		neo4j.query("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') DETACH DELETE n").run();
	}

	/** Loads the hand-made fixture graph of {@code src/test/resources/fixture}. */
	protected void loadFixture() {
		importer.importFiles(ImportFile.fromClasspath("classpath:fixture"));
	}

	/** A tester acting for a desk officer, as writes must name their user. */
	protected HttpGraphQlTester editor() {
		return graphQl.mutate().header("X-User", "desk.officer@example.org").build();
	}

	/** The request fails with exactly one error of this type, naming this input field. */
	protected static void expectError(GraphQlTester.Request<?> request, ErrorClassification type, String field) {
		request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString(type.toString());
			assertThat(error.getExtensions()).containsEntry("field", field);
			assertThat(error.getMessage()).startsWith(type == ErrorType.NOT_FOUND && !field.startsWith("input.") ? "No " : field + ":");
		}));
	}

	protected long count(String cypher) {
		return neo4j.query(cypher).fetchAs(Long.class).one().orElseThrow();
	}

}
