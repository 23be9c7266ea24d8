package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisongraph.support.IntegrationTest;
import org.liaisongraph.support.TestJwt;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed and hostile requests to the GraphQL endpoint: each gets a classified refusal (a JSON
 * error with a classification and a message and the expected status; 401 without credentials) and
 * leaves the graph as it was.
 */
class BadInputCorpusTests extends IntegrationTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String JSON = "application/json";

	private static final String VIEWER = "viewer:viewer-demo";

	private static final String ANALYST = "analyst:analyst-demo";

	private static final String EDITOR = "editor:editor-demo";

	/** Strings that would mean something to Cypher, JSON, a shell, a log or a browser. */
	private static final List<String> HOSTILE = List.of("' OR 1=1 //", "\") DETACH DELETE n //",
			"x}) MATCH (n) DETACH DELETE n //", "$key", "{{inForceOn(d)}}", "`; CALL db.clearQueryCaches()",
			"\u0000", "a\u0000b", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x/a}",
			"\u202Eevil", "x".repeat(20_000), "\\u0000", "%00", "\r\nSet-Cookie: a=b");

	private long nodes;

	private long relationships;

	/** One request of the corpus: what is sent, as whom (null: nobody), and the status expected. */
	record Sent(String name, HttpMethod method, String contentType, String accept, byte[] body, String user,
			int status) {

		@Override
		public String toString() {
			return name;
		}

	}

	@BeforeEach
	void fixture() {
		loadFixture();
		nodes = count("MATCH (n) RETURN count(n)");
		relationships = count("MATCH ()-[r]->() RETURN count(r)");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void eachBadRequestIsRefusedWithAClassifiedErrorAndChangesNothing(Sent sent) throws Exception {
		var builder = request(sent.method(), "/graphql");
		if (sent.contentType() != null) {
			builder.header(HttpHeaders.CONTENT_TYPE, sent.contentType());
		}
		if (sent.accept() != null) {
			builder.header(HttpHeaders.ACCEPT, sent.accept());
		}
		if (sent.body() != null) {
			builder.content(sent.body());
		}
		if (sent.user() != null) {
			builder.header(HttpHeaders.AUTHORIZATION, sent.user().startsWith("Bearer ") ? sent.user()
					: "Basic " + Base64.getEncoder().encodeToString(sent.user().getBytes(StandardCharsets.UTF_8)));
		}
		MvcResult result = answered(mvc.perform(builder)).andReturn();
		var response = result.getResponse();
		assertThat(response.getStatus()).as("status").isEqualTo(sent.status());
		if (sent.status() != 401) {
			assertThat(response.getContentType()).as("content type").startsWith(JSON);
			JsonNode answer = json.readTree(response.getContentAsByteArray());
			assertThat(answer.path("errors").isArray() && !answer.path("errors").isEmpty()).as(answer.toString())
				.isTrue();
			for (JsonNode error : answer.path("errors")) {
				assertThat(error.path("message").asString()).isNotBlank();
				assertThat(error.path("extensions").path("classification").asString()).as(error.toString())
					.isNotBlank()
					.isNotEqualTo("INTERNAL_ERROR");
				assertThat(error.toString()).doesNotContain("Exception", "\tat ");
			}
		}
		assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
	}

	static Stream<Sent> corpus() {
		List<Sent> corpus = new ArrayList<>();
		// the HTTP shape of the request
		for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.GET)) {
			corpus.add(new Sent(method + " is not allowed", method, JSON, null, query("{ me { name } }"), ANALYST, 405));
		}
		for (String accept : List.of("text/html", "text/plain", "application/xml", "image/png")) {
			corpus.add(new Sent("Accept " + accept, HttpMethod.POST, JSON, accept, query("{ me { name } }"), ANALYST,
					406));
		}
		for (String type : List.of("*/*", "text/plain", "application/xml", "multipart/mixed; boundary=x",
				"application/x-www-form-urlencoded", "text/html", "not a type", "application/graphql")) {
			corpus.add(new Sent("Content-Type " + type, HttpMethod.POST, type, null, query("{ me { name } }"), ANALYST,
					415));
		}
		corpus.add(new Sent("no Content-Type", HttpMethod.POST, null, null, query("{ me { name } }"), ANALYST, 415));
		corpus.add(new Sent("multipart without boundary", HttpMethod.POST, "multipart/form-data", null,
				"--x\r\n".getBytes(StandardCharsets.UTF_8), VIEWER, 400));
		corpus.add(new Sent("multipart without boundary, editor", HttpMethod.POST, "multipart/form-data", null,
				"--x\r\n".getBytes(StandardCharsets.UTF_8), EDITOR, 400));
		corpus.add(new Sent("oversized multipart query", HttpMethod.POST, "multipart/form-data; boundary=x", null,
				new byte[200_000], VIEWER, 413));
		corpus.add(new Sent("oversized JSON", HttpMethod.POST, JSON, null,
				query("{ state(iso2: \"" + "E".repeat(200_000) + "\") { name } }"), VIEWER, 413));
		for (String body : List.of("null", "", " ", "[]", "[{\"query\":\"{ me { name } }\"}]",
				"[{\"query\":\"{ me { name } }\"},{\"query\":\"{ me { name } }\"}]", "{", "{\"query\":", "{query: 1}",
				"{\"query\":\"{ me { name } }\"", "'{}'", "42", "\"{ me { name } }\"", "true", "{}",
				"{\"query\":null}", "{\"query\":42}", "{\"query\":\"\"}", "{\"query\":[\"{ me { name } }\"]}",
				"{\"query\":\"{ me { name } }\",\"variables\":[]}", "{\"query\":\"{ me { name } }\",\"variables\":\"x\"}",
				"{\"query\":\"{ me { name } }\",\"operationName\":42}",
				"{\"query\":\"{ me { name } }\",\"extensions\":7}", "\u0000", "{\"query\":\"{ me { name } }\"}}",
				"\uFEFF{\"query\":\"{ me { name } }\"}x", "{\"query\":\"{ me { name } }\",}")) {
			corpus.add(new Sent("body " + body, HttpMethod.POST, JSON, null, body.getBytes(StandardCharsets.UTF_8),
					ANALYST, 400));
		}
		// credentials
		corpus.add(new Sent("no credentials", HttpMethod.POST, JSON, null, query("{ me { name } }"), null, 401));
		corpus.add(new Sent("wrong password", HttpMethod.POST, JSON, null, query("{ me { name } }"), "analyst:guess",
				401));
		corpus.add(new Sent("unknown user", HttpMethod.POST, JSON, null, query("{ me { name } }"), "nobody:x", 401));
		corpus.add(new Sent("expired token", HttpMethod.POST, JSON, null, query("{ me { name } }"),
				"Bearer " + TestJwt.signed("ana", Map.of("roles", List.of("ANALYST")), Instant.now().minusSeconds(60)),
				401));
		corpus.add(new Sent("token of a stranger", HttpMethod.POST, JSON, null, query("{ me { name } }"), "Bearer "
				+ TestJwt.signedByStranger("ana", Map.of("roles", List.of("ADMIN")), Instant.now().plusSeconds(600)),
				401));
		corpus.add(new Sent("garbage token", HttpMethod.POST, JSON, null, query("{ me { name } }"), "Bearer x.y.z",
				401));
		// GraphQL documents the server refuses
		for (String document : List.of("{", "{ me { name }", "{ nosuchField }", "{ me { nosuchField } }",
				"query { ...a } fragment a on Query { ...b } fragment b on Query { ...a }",
				"query { ...a } fragment a on Query { me { name } ...a }", "mutation { me { name } }",
				"subscription { me { name } }", "{ me }", "{ states(first: 1) { totalCount } states(first: 2) { totalCount } }",
				"{ " + "a: me { name } ".repeat(30) + "}",
				"{ states { nodes { treaties { parties { treaties { parties { treaties { parties { treaties { title } } } } } } } } } }",
				"query q($x: Int) { me { name } } query q { me { name } }", "{ state(iso2: 42) { name } }",
				"{ states(first: \"ten\") { totalCount } }", "{ state { name } }", "{ me @skip { name } }",
				"{ me @nosuch { name } }", "query ($a: NoType) { me { name } }")) {
			corpus.add(new Sent("document " + abbreviated(document), HttpMethod.POST, JSON, null, query(document),
					ANALYST, 200));
		}
		// numbers out of range
		for (String number : List.of("-1", "2147483647", "-2147483648", "1000000")) {
			for (String field : List.of("states(first: %s) { totalCount }", "states(last: %s) { totalCount }",
					"countryPriorities(limit: %s) { rank }", "routesBetween(from: \"EC\", to: \"BEANR\", maxLegs: %s) { paths { legCount } }")) {
				corpus.add(new Sent("number " + number + " in " + abbreviated(field), HttpMethod.POST, JSON, null,
						query("{ " + field.formatted(number) + " }"), ANALYST, 200));
			}
		}
		corpus.add(new Sent("number beyond Int", HttpMethod.POST, JSON, null,
				query("{ states(first: 99999999999) { totalCount } }"), ANALYST, 200));
		// impossible dates
		for (String date : List.of("2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026-1-1",
				"2026-01-01T00:00:00Z", "tomorrow", "2026-04-31", "2026-02-29")) {
			corpus.add(new Sent("date " + date + " in treatyGaps", HttpMethod.POST, JSON, null,
					query("query($d: Date) { treatyGaps(asOf: $d) { hasBilateralTreaty } }", Map.of("d", date)), ANALYST,
					200));
			corpus.add(new Sent("date " + date + " in portExposure", HttpMethod.POST, JSON, null,
					query("query($d: Date) { portExposure(locode: \"ECGYE\", asOf: $d) { routeCount } }", Map.of("d", date)),
					ANALYST, 200));
		}
		// hostile strings in every string argument that names something
		for (String hostile : HOSTILE) {
			for (String field : List.of("query($s: String!) { state(iso2: $s) { name } }",
					"query($s: String!) { port(locode: $s) { name } }", "query($s: ID!) { treaty(id: $s) { title } }",
					"query($s: String!) { portExposure(locode: $s) { routeCount } }",
					"query($s: String!) { routesBetween(from: $s, to: \"BEANR\") { paths { legCount } } }")) {
				corpus.add(new Sent("hostile " + abbreviated(hostile) + " in " + abbreviated(field), HttpMethod.POST,
						JSON, null, query(field, Map.of("s", hostile)), ANALYST, 200));
			}
			// a viewer may not write, whatever the input
			corpus.add(new Sent("hostile " + abbreviated(hostile) + " in a viewer's addState", HttpMethod.POST, JSON,
					null, query("mutation($i: AddStateInput!) { addState(input: $i) { state { iso2 } } }",
							Map.of("i", Map.of("iso2", hostile, "name", hostile, "source", Map.of("id", "src-a")))),
					VIEWER, 200));
			// an editor's write with a malformed key is refused before anything is written
			corpus.add(new Sent("hostile " + abbreviated(hostile) + " as an editor's iso2", HttpMethod.POST, JSON,
					null, query("mutation($i: AddStateInput!) { addState(input: $i) { state { iso2 } } }",
							Map.of("i", Map.of("iso2", hostile, "name", "X", "source", Map.of("id", "src-a")))),
					EDITOR, 200));
		}
		return corpus.stream();
	}

	private static byte[] query(String document) {
		return query(document, Map.of());
	}

	private static byte[] query(String document, Map<String, Object> variables) {
		return json.writeValueAsBytes(Map.of("query", document, "variables", variables));
	}

	private static String abbreviated(String text) {
		String shown = text.replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 40) ? shown.substring(0, 40) + "..." : shown;
	}

}
