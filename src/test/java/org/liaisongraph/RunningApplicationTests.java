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
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.EmbeddedNeo4jServer;
import org.liaisongraph.support.ListeningPorts;
import org.liaisongraph.support.TestFolders;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as an operator may run it, on a real web server (what MockMvc does not do: the
 * container's multipart limits, the ports opened, the answer at a request's deadline), with its own
 * embedded Neo4j whose Bolt port is switched off. An upload's deadline is short here, and an import
 * of more than one row is written in batches, so that it starts with its own import-slot statement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "liaison.dataset.load=false", "liaison.neo4j.embedded.bolt-enabled=false",
				"spring.servlet.multipart.max-request-size=1KB", "spring.servlet.multipart.max-file-size=1KB",
				"liaison.security.limits.import-timeout=3s", "liaison.dataset.batch-size=1" })
class RunningApplicationTests {

	private static final int BOLT_PORT = freePort();

	private static Set<Integer> portsBefore;

	@LocalServerPort
	int webPort;

	@Autowired
	EmbeddedNeo4jServer server;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient neo4j;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void embeddedServer(DynamicPropertyRegistry registry) {
		// its own embedded server, not the tests' shared one nor a container: the switch is the embedded's
		Path data = TestFolders.newFolder("running-app-");
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
		var response = editorsUpload("Source.csv", "id,title\n" + "x".repeat(4000) + "\n");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"",
				"\"setting\":\"spring.servlet.multipart.max-request-size\"");
	}

	/**
	 * An upload whose first statement must wait for a lock another transaction holds (as a second
	 * instance starting an import would): that statement would wait as long as the other holds it,
	 * minutes here. It was written through {@code Neo4jClient} in a transaction of its own, which the
	 * request's deadline did not bound: the answer came at the deadline and the statement went on
	 * waiting. Now every transaction of a request ends at its deadline.
	 */
	@Test
	void anUploadWaitingPastItsDeadlineIsAnsweredWithTheTimeoutAndItsTransactionIsEnded() throws Exception {
		try (Session other = driver.session(); Transaction holder = other.beginTransaction()) {
			// the import slot taken and not committed: the upload's claim of it waits on the lock
			holder.run("CREATE (:GraphImport {id: 'held', slot: 'large-import', status: 'RUNNING'})").consume();
			var response = editorsUpload("Source.csv", "id,title,reliability\ns-1,One,A\ns-2,Two,A\n");
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"", "\"limit\"")
				.doesNotContain("\"rows\":");
			assertThat(uploadStatementsRunningWithin(Duration.ofSeconds(2))).isZero();
			holder.rollback();
		}
	}

	/** The upload's import-slot statements still in the database's transactions, polled up to {@code limit}. */
	private long uploadStatementsRunningWithin(Duration limit) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		long running;
		do {
			running = neo4j.query("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'heartbeat: datetime()' "
					+ "AND NOT currentQuery CONTAINS 'SHOW' RETURN count(*)").fetchAs(Long.class).one().orElseThrow();
			if (running > 0) {
				Thread.sleep(100);
			}
		}
		while (running > 0 && System.nanoTime() < end);
		return running;
	}

	/** The demo EDITOR's {@code importDataset} of one file, as a browser's multipart upload. */
	private HttpResponse<String> editorsUpload(String fileName, String content) throws Exception {
		String boundary = "liaison-test";
		String operations = "{\"query\":\"mutation($input: ImportDatasetInput!) { importDataset(input: $input) "
				+ "{ rows } }\",\"variables\":{\"input\":{\"files\":[null]}}}";
		String body = part(boundary, "operations", null, operations)
				+ part(boundary, "map", null, "{\"0\":[\"variables.input.files.0\"]}")
				+ part(boundary, "0", fileName, content) + "--" + boundary + "--\r\n";
		return http.send(graphQl("editor").header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("GraphQL-Preflight", "1")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
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
