package org.liaisongraph.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compiled items completed in one pass ({@link CompiledCompletion}) answer byte for byte as
 * graphql-java completing them field by field: each document runs through the application's GraphQL
 * service and through one that differs only in its execution strategy (graphql-java's own, with the
 * same exception handler, fetchers and loaders), and the two answers, written as JSON, are equal.
 */
class CompiledCompletionTests extends IntegrationTest {

	private static final String NESTED = """
			{ states(first: 100) { totalCount nodes { iso2 name treaties(inForceOn: "2020-06-01") {
			  id title clauses { id type } } } } }""";

	/** Aliases, a fragment, __typename, @skip/@include, a list asked twice, edges and nodes together. */
	private static final String SHAPES = """
			query ($on: Date, $yes: Boolean = true) {
			  states(first: 20) {
			    nodes { __typename code: iso2 ...named grade
			      t: treaties(inForceOn: $on) { id kind status signedOn clauses(first: 1) { type binding } }
			      u: treaties(inForceOn: $on) { title @include(if: $yes) grade illustrative @skip(if: $yes) } }
			    edges { cursor node { iso2 illustrative treaties(inForceOn: $on) { __typename id version } } }
			  }
			  treaties(first: 5, filter: { kind: BILATERAL }) { totalCount edges { node { id summary: title
			    clauses { id type article binding summary version grade illustrative } } } }
			}
			fragment named on State { name nameNl nameFr region subregion iso3 version }""";

	/** Records: aliases, fragments, __typename, @skip/@include, and fields with fetchers of their own beside properties. */
	private static final String RECORD_SHAPES = """
			query ($yes: Boolean = true) {
			  treatyGaps(region: "Americas") { __typename ...gap
			    t: treaties { __typename kinds: clauseTypes via @include(if: $yes) treaty { id title @skip(if: $yes) grade } }
			    u: treaties { treaty { ... on Treaty { id kind } } clauseTypes }
			    grade illustrative @skip(if: $yes) }
			  portExposure(locode: "BEANR") { calls { seq r: role route { id name @include(if: $yes) } }
			    seizuresByYear { year totalKg seizedAtKg @skip(if: $yes) } }
			}
			fragment gap on StateTreatyGaps { state { iso2 ... on State { name } } missing covered hasBilateralTreaty }""";

	@Autowired
	GraphQlSource source;

	@Autowired
	ExecutionGraphQlService service;

	@Autowired
	BatchLoaderRegistry loaders;

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void noUser() {
		SecurityContextHolder.clearContext();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "VIEWER", "ANALYST" })
	void compiledItemsAnswerAsGraphQlJavaCompletesThemFieldByField(Role role) {
		loadFixture();
		actAs(role);
		assertThat(source.graphQl().getQueryStrategy()).isInstanceOf(CompiledCompletion.class);
		assertSameJson(NESTED, Map.of());
		assertSameJson(SHAPES, Map.of("on", "2020-06-01"));
		assertSameJson(SHAPES, Map.of("on", "2030-01-01", "yes", false));
	}

	@Test
	void aNullWhereTheSchemaForbidsOneGetsGraphQlJavasErrorAndNulls() {
		loadFixture();
		actAs(Role.ANALYST);
		// no write path allows it; a damaged graph could hold it
		neo4j.query("MATCH (c:Clause) WITH c ORDER BY c.id LIMIT 1 REMOVE c.binding").run();
		neo4j.query("MATCH (s:State {iso2: 'PA'}) REMOVE s.name").run();
		String answer = assertSameJson(NESTED.replace("clauses { id type }", "clauses { id type binding }"), Map.of());
		assertThat(answer).contains("\"errors\"");
	}

	/**
	 * The analyses answer Java records: each document of {@code bench/} (every analysis, with the
	 * fields a user asks for and with only those the comparisons ask for) answers as graphql-java
	 * completing the records field by field, for a viewer and an analyst.
	 */
	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "VIEWER", "ANALYST" })
	void recordsAnswerAsGraphQlJavaCompletesThemFieldByField(Role role) throws IOException {
		loadFixture();
		actAs(role);
		List<Path> documents = new ArrayList<>();
		for (String folder : List.of("bench/queries", "bench/compare")) {
			try (var files = Files.list(Path.of(folder))) {
				files.filter(file -> file.toString().endsWith(".graphql")).sorted().forEach(documents::add);
			}
		}
		assertThat(documents).hasSizeGreaterThan(20);
		int withData = 0;
		for (Path document : documents) {
			String answer = assertSameJson(Files.readString(document), Map.of());
			withData += answer.contains("\"errors\"") || answer.matches("(?s).*\\[\\{.*") ? 1 : 0;
		}
		assertThat(withData).as("documents answered with a list of items").isGreaterThan(10);
		assertSameJson(RECORD_SHAPES, Map.of());
		assertSameJson(RECORD_SHAPES, Map.of("yes", false));
	}

	@Test
	void aRecordsNullWhereTheSchemaForbidsOneGetsGraphQlJavasErrorAndNulls() {
		loadFixture();
		actAs(Role.ANALYST);
		neo4j.query("MATCH (s:State {iso2: 'PA'}) REMOVE s.name").run();
		String answer = assertSameJson("{ treatyGaps(region: \"Americas\") { state { iso2 name } missing } }", Map.of());
		assertThat(answer).contains("\"errors\"");
	}

	private void actAs(Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(role.name().toLowerCase(Locale.ROOT),
					null, AuthorityUtils.createAuthorityList("ROLE_" + role.name())));
	}

	private String assertSameJson(String document, Map<String, Object> variables) {
		String compiled = answer(service, document, variables);
		String fieldByField = answer(fieldByField(), document, variables);
		assertThat(compiled).as("answer to %s with %s", document, variables).isEqualTo(fieldByField);
		return compiled;
	}

	private String answer(ExecutionGraphQlService graphQl, String document, Map<String, Object> variables) {
		var request = new DefaultExecutionGraphQlRequest(document, null, variables, Map.of(), "1", Locale.ROOT);
		return json.writeValueAsString(graphQl.execute(request).block().toMap());
	}

	/** The application's GraphQL with graphql-java's own execution strategy in place of the compiled one. */
	private ExecutionGraphQlService fieldByField() {
		var strategy = new AsyncExecutionStrategy(CompiledFields.OnTop.exceptionHandler(source.graphQl().getQueryStrategy()));
		GraphQL graphQl = source.graphQl().transform(builder -> builder.queryExecutionStrategy(strategy));
		var plain = new DefaultExecutionGraphQlService(new GraphQlSource() {

			@Override
			public GraphQL graphQl() {
				return graphQl;
			}

			@Override
			public GraphQLSchema schema() {
				return source.schema();
			}
		});
		plain.addDataLoaderRegistrar(loaders);
		return plain;
	}

}
