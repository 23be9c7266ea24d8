package org.liaisongraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** The browser session beside the stateless API: who may use it, and what CSRF protects. */
class WebSessionTests extends IntegrationTest {

	private static final String QUERY = "{\"query\":\"{ blocs { code } }\"}";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Test
	void thePagesSendAnAnonymousVisitorToTheLoginForm() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void aLoginWithoutTheFormsCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/login").param("username", "viewer").param("password", "viewer-demo"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLoginFormStartsASessionThatTheSessionEndpointDescribes() throws Exception {
		MockHttpSession session = logIn("editor");
		mvc.perform(get("/web/session").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("editor"))
			.andExpect(jsonPath("$.role").value("EDITOR"))
			.andExpect(jsonPath("$.clearedForRestricted").value(true))
			.andExpect(jsonPath("$.csrfHeader").value("X-CSRF-TOKEN"));
	}

	@Test
	void aPagesGraphQlRequestIsAnsweredWithTheSessionsCsrfTokenOnly() throws Exception {
		MockHttpSession session = logIn("viewer");
		String token = JsonPath.read(mvc.perform(get("/web/session").session(session)).andReturn().getResponse().getContentAsString(),
				"$.csrfToken");
		answered(mvc.perform(post("/graphql").session(session).header("X-CSRF-TOKEN", token)
				.contentType(MediaType.APPLICATION_JSON).content(QUERY)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.blocs").isArray());
		mvc.perform(post("/graphql").session(session).header("X-CSRF-TOKEN", "forged")
				.contentType(MediaType.APPLICATION_JSON).content(QUERY))
			.andExpect(status().isForbidden());
		// Without the header the request is the API's: the session cookie alone logs nobody in.
		mvc.perform(post("/graphql").session(session).contentType(MediaType.APPLICATION_JSON).content(QUERY))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPagesGraphQlRequestWithoutASessionIsRefusedNotRedirected() throws Exception {
		// No session, so no token matches: refused by the CSRF check, before any login is asked for.
		mvc.perform(post("/graphql").header("X-CSRF-TOKEN", "any").contentType(MediaType.APPLICATION_JSON).content(QUERY))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("Location"));
	}

	@Test
	void theApiStaysStatelessWithBasicAndNoCsrf() throws Exception {
		String basic = Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8));
		answered(mvc.perform(post("/graphql").header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
				.contentType(MediaType.APPLICATION_JSON).content(QUERY)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	/** Logs in through the login form, with the CSRF token it carries. */
	private MockHttpSession logIn(String name) throws Exception {
		var form = mvc.perform(get("/login")).andReturn();
		var session = (MockHttpSession) form.getRequest().getSession();
		Matcher token = CSRF_FIELD.matcher(form.getResponse().getContentAsString());
		assertThat(token.find()).isTrue();
		var login = mvc.perform(post("/login").session(session)
				.param("username", name).param("password", name + "-demo").param("_csrf", token.group(1)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

}
