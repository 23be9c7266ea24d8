package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** The importDataset mutation, sent as the GraphQL multipart request spec has it. */
class ImportUploadTests extends IntegrationTest {

	private static final String SOURCES = "id,title,reliability\nsrc-a,Source A,A\n";

	private static final String STATES = """
			[
			  {"iso2": "BE", "name": "Belgium", "source": "src-a", "credibility": 2},
			  {"iso2": "NL", "name": "Netherlands", "source": "src-a"}
			]""";

	@Autowired
	MockMvc mockMvc;

	@Autowired
	ImportJournal journal;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void uploadedFilesAreImportedAsTheRequestsUser() throws Exception {
		mockMvc.perform(upload(file("Source.csv", SOURCES), file("State.json", STATES)).with(as("editor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors").doesNotExist())
			.andExpect(jsonPath("$.data.importDataset.files[0].name").value("Source.csv"))
			.andExpect(jsonPath("$.data.importDataset.files[0].rows").value(1))
			.andExpect(jsonPath("$.data.importDataset.files[1].name").value("State.json"))
			.andExpect(jsonPath("$.data.importDataset.files[1].rows").value(2))
			.andExpect(jsonPath("$.data.importDataset.rows").value(3));

		assertThat(count("MATCH (s:State)-[:SUPPORTED_BY]->(:Source {id: 'src-a'}) RETURN count(s)")).isEqualTo(2);
		assertThat(neo4j.query("MATCH (e:AuditEntry) RETURN e.user + ' ' + e.summary").fetchAs(String.class).all())
			.containsExactly("editor Source.csv: 1 row, State.json: 2 rows");
	}

	@Test
	void everyProblemIsOneClassifiedErrorWithFileLineAndFieldAndNothingIsWritten() throws Exception {
		var parties = file("PARTY_TO.csv", "fromLabel,from,to,source\nState,BE,t-nowhere,src-a\n");
		var badStates = file("State.json", """
				[
				  {"iso2": "BE", "name": "Belgium", "source": "src-a"},
				  {"iso2": "BEL", "name": "Belgium again", "source": "src-a"}
				]""");

		mockMvc.perform(upload(file("Source.csv", SOURCES), badStates, parties).with(as("editor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data").value((Object) null))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].message").value("PARTY_TO.csv:2: to: unknown Treaty 't-nowhere'"))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("NOT_FOUND"))
			.andExpect(jsonPath("$.errors[0].extensions.field").value("to"))
			.andExpect(jsonPath("$.errors[0].extensions.file").value("PARTY_TO.csv"))
			.andExpect(jsonPath("$.errors[0].extensions.line").value(2))
			.andExpect(jsonPath("$.errors[1].message").value("State.json:3: iso2: 'BEL' does not match [A-Z]{2}"))
			.andExpect(jsonPath("$.errors[1].extensions.classification").value("BAD_REQUEST"))
			.andExpect(jsonPath("$.errors[1].extensions.field").value("iso2"))
			.andExpect(jsonPath("$.errors[1].extensions.file").value("State.json"))
			.andExpect(jsonPath("$.errors[1].extensions.line").value(3))
			.andExpect(jsonPath("$.errors[*].path[0]", containsInAnyOrder("importDataset", "importDataset")));

		assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)")).isZero();
	}

	@Test
	void anAnalystMayNotImportAndNothingIsWritten() throws Exception {
		// declares a length, as a real client does: a multipart request of a user who may not upload is
		// held to the body size limit, which needs one
		mockMvc.perform(upload(file("Source.csv", SOURCES)).with(as("analyst")).with(request -> {
			request.setContent(new byte[2000]);
			return request;
		}))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"))
			.andExpect(jsonPath("$.errors[0].extensions.requiredRole").value("EDITOR"));

		assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)")).isZero();
	}

	@Test
	void aLargeUploadWhileAnotherLargeImportIsBeingWrittenIsAConflictAndWritesNothing() throws Exception {
		journal.begin("admin", 9000);
		// one row more than the default batch size of 5000: an import in several transactions
		var sources = new StringBuilder("id,title,reliability\n");
		IntStream.rangeClosed(1, 5001).forEach(i -> sources.append("src-").append(i).append(",Source ").append(i).append(",B\n"));

		mockMvc.perform(upload(file("Source.csv", sources.toString())).with(as("editor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data").value((Object) null))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("CONFLICT"))
			.andExpect(jsonPath("$.errors[0].extensions.user").value("admin"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Another import is being written into the graph (")));

		assertThat(count("MATCH (s:Source) RETURN count(s)")).isZero();
	}

	@Test
	void anUploadWithoutCredentialsIsUnauthorized() throws Exception {
		mockMvc.perform(upload(file("Source.csv", SOURCES))).andExpect(status().isUnauthorized());
	}

	@Test
	void anUploadWithoutThePreflightHeaderAsAnotherSitesFormWouldSendIsRefused() throws Exception {
		var partZero = new MockMultipartFile("0", "Source.csv", "text/csv", SOURCES.getBytes(StandardCharsets.UTF_8));
		mockMvc.perform(multipart("/graphql").contentType(FORM_WITH_BOUNDARY).file(partZero)
			.param("operations", operations(1))
			.param("map", "{\"0\": [\"variables.input.files.0\"]}")
			.with(as("editor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", startsWith("Multipart request: a multipart request must carry the header GraphQL-Preflight")));

		assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)")).isZero();
	}

	/** Basic credentials of a demo user. */
	private static RequestPostProcessor as(String user) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)));
			return request;
		};
	}

	@Test
	void aMultipartRequestWhoseMapNamesAMissingPartIsRefused() throws Exception {
		var partZero = new MockMultipartFile("0", "Source.csv", "text/csv", SOURCES.getBytes(StandardCharsets.UTF_8));
		mockMvc.perform(multipart("/graphql").contentType(FORM_WITH_BOUNDARY).file(partZero)
			.param("operations", operations(1))
			.param("map", "{\"0\": [\"variables.input.files.0\"], \"1\": [\"variables.input.files.1\"]}")
			.header("GraphQL-Preflight", "1")
			.with(as("editor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message",
					startsWith("Multipart request: 'map' names the file part '1', which the request lacks")));

		assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)")).isZero();
	}

	/** As a client sends it: MockMvc leaves out the boundary, which the endpoint requires. */
	private static final String FORM_WITH_BOUNDARY = "multipart/form-data; boundary=liaison-test";

	/** The importDataset document with one file part per file, "0", "1", ..., in order. */
	private MockMultipartHttpServletRequestBuilder upload(MockMultipartFile... files) throws Exception {
		var request = multipart("/graphql").contentType(FORM_WITH_BOUNDARY);
		Map<String, List<String>> map = new HashMap<>();
		for (int i = 0; i < files.length; i++) {
			var part = new MockMultipartFile(String.valueOf(i), files[i].getOriginalFilename(), files[i].getContentType(),
					files[i].getBytes());
			request.file(part);
			map.put(String.valueOf(i), List.of("variables.input.files." + i));
		}
		return request.param("operations", operations(files.length))
			.param("map", json.writeValueAsString(map))
			.header("GraphQL-Preflight", "1");
	}

	private String operations(int files) throws Exception {
		String document = new ClassPathResource("graphql-test/importDataset.graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		var placeholders = new ArrayList<Object>(Arrays.asList(new Object[files]));
		return json.writeValueAsString(
				Map.of("query", document, "variables", Map.of("input", Map.of("files", placeholders))));
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, name.endsWith(".json") ? "application/json" : "text/csv",
				content.getBytes(StandardCharsets.UTF_8));
	}

}
