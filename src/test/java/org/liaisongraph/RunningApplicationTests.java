package org.liaisongraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.EmbeddedNeo4jServer;
import org.liaisongraph.support.ListeningPorts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as an operator may run it, on a real web server (what MockMvc does not do: the
 * container's multipart limits, the ports opened), with its own embedded Neo4j whose Bolt port is
 * switched off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "liaison.dataset.load=false", "liaison.neo4j.embedded.bolt-enabled=false",
				"spring.servlet.multipart.max-request-size=1KB", "spring.servlet.multipart.max-file-size=1KB" })
class RunningApplicationTests {

	private static final int BOLT_PORT = freePort();

	private static Set<Integer> portsBefore;

	@LocalServerPort
	int webPort;

	@Autowired
	EmbeddedNeo4jServer server;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void embeddedServer(DynamicPropertyRegistry registry) throws IOException {
		// its own embedded server, not the tests' shared one nor a container: the switch is the embedded's
		Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "running-app-");
		registry.add("liaison.neo4j.embedded.data-dir", data::toString);
		registry.add("liaison.neo4j.embedded.bolt-port", () -> BOLT_PORT);
	}

	/** Runs before the Spring context of this class starts. */
	@BeforeAll
	static void portsBeforeTheApplicationStarts() {
		portsBefore = ListeningPorts.ofThisProcess();
	}

	@Test
	void withTheBoltPortSwitchedOffGraphQlAnswersAndTheOnlyPortOpenedIsTheWebPort() throws Exception {
		var response = http.send(graphQl("viewer").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ states { totalCount } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"totalCount\":0").doesNotContain("errors");

		assertThat(server.boltUri().getScheme()).isEqualTo("bolt+unix");
		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), BOLT_PORT).close());
		Set<Integer> opened = new HashSet<>(ListeningPorts.ofThisProcess());
		opened.removeAll(portsBefore);
		assertThat(opened).containsExactly(webPort);
	}

	@Test
	void anUploadOverTheContainersMultipartLimitIs413WithAClassifiedJsonError() throws Exception {
		String boundary = "liaison-test";
		String operations = "{\"query\":\"mutation($input: ImportDatasetInput!) { importDataset(input: $input) "
				+ "{ rows } }\",\"variables\":{\"input\":{\"files\":[null]}}}";
		String body = part(boundary, "operations", null, operations)
				+ part(boundary, "map", null, "{\"0\":[\"variables.input.files.0\"]}")
				+ part(boundary, "0", "Source.csv", "id,title\n" + "x".repeat(4000) + "\n") + "--" + boundary + "--\r\n";
		var response = http.send(graphQl("editor").header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("GraphQL-Preflight", "1")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"",
				"\"setting\":\"spring.servlet.multipart.max-request-size\"");
	}

	private HttpRequest.Builder graphQl(String demoUser) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + webPort + "/graphql"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((demoUser + ":" + demoUser + "-demo").getBytes(StandardCharsets.UTF_8)));
	}

	private static String part(String boundary, String name, String fileName, String content) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/csv") + "\r\n\r\n"
				+ content + "\r\n";
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
