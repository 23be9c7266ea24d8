package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.liaisongraph.support.TestJwt;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who gets in: HTTP Basic users, bearer tokens of the trusted identity provider, nobody else. */
class LoginTests extends IntegrationTest {

	private static final String QUERY = "{\"query\":\"{ states(first: 1) { totalCount } }\"}";

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void withoutCredentialsEverythingButHealthIsUnauthorized() throws Exception {
		mvc.perform(graphQlPost()).andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Basic")));
		mvc.perform(get("/graphiql")).andExpect(status().isUnauthorized());
		mvc.perform(get("/graphql/schema")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void wrongOrUnknownCredentialsAreUnauthorized() throws Exception {
		mvc.perform(graphQlPost().with(basic("analyst", "wrong"))).andExpect(status().isUnauthorized());
		mvc.perform(graphQlPost().with(basic("nobody", "nobody-demo"))).andExpect(status().isUnauthorized());
		mvc.perform(graphQlPost().header(HttpHeaders.AUTHORIZATION, "Basic not-base64!")).andExpect(status().isUnauthorized());
	}

	@Test
	void everyDemoUserLogsInWithItsDocumentedPasswordAndGetsNoSession() throws Exception {
		for (Role role : Role.values()) {
			String name = role.name().toLowerCase(Locale.ROOT);
			var sent = mvc.perform(graphQlPost().with(basic(name, name + "-demo")))
				.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
			answered(sent).andExpect(status().isOk())
				.andExpect(jsonPath("$.data.states.totalCount").value(7))
				.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));
		}
	}

	@Test
	void graphiqlAndIntrospectionAreThereForLoggedInUsersOutsideProd() throws Exception {
		as(Role.VIEWER).documentName("queryTypeName").execute().path("__schema.queryType.name").entity(String.class)
			.isEqualTo("Query");
		mvc.perform(get("/graphiql").param("path", "/graphql").with(basic("viewer", "viewer-demo")))
			.andExpect(status().isOk());
	}

	@Test
	void onlyAdminsReachTheActuatorBeyondHealth() throws Exception {
		mvc.perform(get("/actuator/metrics").with(basic("editor", "editor-demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(basic("admin", "admin-demo"))).andExpect(status().isOk());
		mvc.perform(get("/actuator/health").with(basic("admin", "admin-demo")))
			.andExpect(jsonPath("$.components.neo4j.status").value("UP"));
	}

	@Test
	void aFormPostFromAnotherSiteIsNotExecutedEvenWithCachedCredentials() throws Exception {
		// What a cross-site HTML form can send: text/plain or form-encoded, never JSON.
		mvc.perform(post("/graphql").with(basic("admin", "admin-demo"))
			.contentType(MediaType.TEXT_PLAIN)
			.content(QUERY)).andExpect(status().isUnsupportedMediaType());
		mvc.perform(post("/graphql").with(basic("admin", "admin-demo"))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("query=%7B+states+%7B+totalCount+%7D+%7D")).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void aValidBearerTokenLogsInWithTheRolesOfItsClaim() {
		String token = TestJwt.signed("idp-user-7", Map.of("roles", List.of("editor")), Instant.now().plusSeconds(300));
		var response = bearer(token).documentName("restrictedNames")
			.variable("locode", "ECGYE")
			.variable("postedOn", "2024-06-01")
			.variable("gapsOn", "2022-06-01")
			.execute();
		response.errors().verify();
		response.path("liaisonOfficers.nodes[*].name").entityList(String.class)
			.containsExactly("Test Officer One", "Test Officer Two");
	}

	@Test
	void aTokenWithoutAKnownRoleIsForbidden() throws Exception {
		String token = TestJwt.signed("idp-user-8", Map.of("roles", List.of("auditor")), Instant.now().plusSeconds(300));
		mvc.perform(graphQlPost().header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isForbidden());
	}

	@Test
	void anExpiredTokenIsUnauthorized() throws Exception {
		String token = TestJwt.signed("idp-user-7", Map.of("roles", List.of("ADMIN")), Instant.now().minusSeconds(300));
		mvc.perform(graphQlPost().header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("expired")));
	}

	@Test
	void aTokenSignedByAnotherKeyIsUnauthorized() throws Exception {
		String token = TestJwt.signedByStranger("idp-user-7", Map.of("roles", List.of("ADMIN")),
				Instant.now().plusSeconds(300));
		mvc.perform(graphQlPost().header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
	}

	@Test
	void aTamperedTokenIsUnauthorized() throws Exception {
		String token = TestJwt.signed("idp-user-7", Map.of("roles", List.of("VIEWER")), Instant.now().plusSeconds(300));
		String[] parts = token.split("\\.");
		assertThat(parts).hasSize(3);
		String elevated = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("{\"sub\":\"idp-user-7\",\"roles\":[\"ADMIN\"],\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}")
				.getBytes());
		mvc.perform(graphQlPost().header(HttpHeaders.AUTHORIZATION, "Bearer " + parts[0] + "." + elevated + "." + parts[2]))
			.andExpect(status().isUnauthorized());
	}

	private static MockHttpServletRequestBuilder graphQlPost() {
		return post("/graphql").contentType(MediaType.APPLICATION_JSON).content(QUERY);
	}

	private static RequestPostProcessor basic(String name, String password) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
				.encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)));
			return request;
		};
	}

}
