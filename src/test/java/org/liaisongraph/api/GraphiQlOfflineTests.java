package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * GraphiQL works without internet: its page references only this app's URLs, and each script and
 * style it references is served from the jar.
 */
class GraphiQlOfflineTests extends IntegrationTest {

	private static final Pattern REFERENCE = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]+)\"");

	private static final URI PAGE = URI.create("http://localhost/graphiql");

	@Test
	void theGraphiqlPageLoadsEveryScriptAndStyleFromTheApp() throws Exception {
		String page = mvc.perform(get("/graphiql").param("path", "/graphql").with(viewer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> references = REFERENCE.matcher(page).results().map(match -> match.group(1)).toList();
		assertThat(references).hasSizeGreaterThanOrEqualTo(4)
			.anyMatch(reference -> reference.endsWith("graphiql.min.js"))
			.anyMatch(reference -> reference.endsWith("react.production.min.js"))
			.anyMatch(reference -> reference.endsWith("graphiql.min.css"));
		assertThat(page).doesNotContain("esm.sh").doesNotContain("unpkg").doesNotContain("jsdelivr");
		for (String reference : references) {
			URI resolved = PAGE.resolve(reference);
			assertThat(resolved.getHost()).as(reference).isEqualTo("localhost");
			var asset = mvc.perform(get(resolved.getPath()).with(viewer()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(asset.getContentAsByteArray()).as(reference).isNotEmpty();
			assertThat(asset.getContentType()).as(reference)
				.startsWith(reference.endsWith(".css") ? "text/css" : "text/javascript");
		}
	}

	@Test
	void theAssetsAskForTheSameLoginAsTheApi() throws Exception {
		mvc.perform(get("/graphiql/graphiql.min.js")).andExpect(status().isUnauthorized());
	}

	private static RequestPostProcessor viewer() {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION,
					"Basic " + Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8)));
			return request;
		};
	}

}
