package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisongraph.support.ListeningPorts;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class EmbeddedNeo4jServerTests {

	@TempDir
	Path folder;

	@Test
	void boltAsksForTheLoginGeneratedAtTheFirstStartAndKeptOwnerOnlyInTheDataFolder() throws IOException {
		Path data = folder.resolve("data");
		String password;
		try (var server = EmbeddedNeo4jServer.start(data, 0, true)) {
			try (var anonymous = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(anonymous::verifyConnectivity);
			}
			try (var wrong = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(wrong::verifyConnectivity);
			}
			Path file = data.resolve(EmbeddedNeo4jServer.CREDENTIALS);
			password = Files.readString(file).strip();
			assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
			try (var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", password))) {
				assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt())
					.isEqualTo(1);
			}
		}
		// a restart keeps the password
		try (var server = EmbeddedNeo4jServer.start(data, 0, true);
				var driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
			driver.verifyConnectivity();
			assertThat(Files.readString(data.resolve(EmbeddedNeo4jServer.CREDENTIALS)).strip()).isEqualTo(password);
		}
	}

	/** One generated password in 64 starts with '-', the URL-safe alphabet's first sign. */
	@Test
	void aGeneratedPasswordStartingWithADashIsSetNotReadAsAnOption() throws IOException {
		Path data = folder.resolve("data");
		Files.createDirectories(data);
		EmbeddedNeo4jServer.setInitialPassword(data, "-starts-with-a-dash");
		assertThat(data.resolve("data").resolve("dbms").resolve("auth.ini")).exists();
	}

	/**
	 * Neo4j's log says how it created the user {@code neo4j} at the first start: "from defaults",
	 * with its initial password {@code neo4j}, which logs in until it is changed; or from the file
	 * {@code auth.ini}, which the app writes before the start, so that the initial password is never
	 * the user's, not even for a moment.
	 */
	@Test
	void atTheFirstStartTheUserGetsTheGeneratedPasswordNeverNeo4jsInitialOne() throws IOException {
		Path data = folder.resolve("data");
		try (var server = EmbeddedNeo4jServer.start(data, 0, false);
				var driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
			driver.verifyConnectivity();
			try (var log = Files.lines(data.resolve("logs").resolve("debug.log"))) {
				assertThat(log.map(line -> line.replaceAll(".*\"message\":\"([^\"]*)\".*", "$1"))
					.filter(message -> message.startsWith("Setting up initial user"))).singleElement()
					.isEqualTo("Setting up initial user from `auth.ini` file: neo4j");
			}
			assertThat(data.resolve("data").resolve("dbms").resolve("auth.ini")).doesNotExist();
		}
	}

	@Test
	void withTheBoltPortSwitchedOffNoTcpPortIsOpenedEvenDuringTheStartAndTheOwnerOnlySocketAsksForTheLogin()
			throws Exception {
		int port = freePort();
		Set<Integer> before = ListeningPorts.ofThisProcess();
		Path data = folder.resolve("data");
		// Neo4j used to listen on a loopback port for a few seconds of its start: watch all along
		Set<Integer> seen = ConcurrentHashMap.newKeySet();
		var starting = new AtomicBoolean(true);
		var watcher = Thread.ofPlatform().start(() -> {
			while (starting.get()) {
				seen.addAll(ListeningPorts.ofThisProcess());
				LockSupport.parkNanos(5_000_000);
			}
		});
		var started = EmbeddedNeo4jServer.start(data, port, false);
		starting.set(false);
		watcher.join();
		try (var server = started) {
			assertThat(seen).as("ports listened on during the start").isSubsetOf(before);
			assertThat(ListeningPorts.ofThisProcess()).isEqualTo(before);
			assertThatExceptionOfType(ConnectException.class)
				.isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close());
			Path socket = data.resolve(EmbeddedNeo4jServer.SOCKET);
			assertThat(server.boltUri()).isEqualTo(URI.create("bolt+unix://" + socket.toAbsolutePath()));
			assertThat(Files.getPosixFilePermissions(socket)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
			try (var anonymous = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
				assertThatExceptionOfType(AuthenticationException.class).isThrownBy(anonymous::verifyConnectivity);
			}
			try (var driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
				driver.executableQuery("CREATE (:Probe)").execute();
				assertThat(driver.executableQuery("MATCH (p:Probe) RETURN count(p) AS n").execute().records().getFirst()
					.get("n").asInt()).isEqualTo(1);
			}
		}
		assertThat(data.resolve(EmbeddedNeo4jServer.SOCKET)).doesNotExist();
		// Neo4j's own record: its TCP connector logs this line once it has bound its port
		assertThat(Files.readAllLines(data.resolve("logs").resolve("debug.log"))
			.stream()
			.filter(line -> line.contains("\"category\":\"o.n.b.p.c.c.n.SocketNettyConnector\"")
					&& line.contains("Bolt enabled on"))
			.toList()).as("Neo4j's TCP connector bound a port").isEmpty();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@Test
	void aTakenBoltPortStopsTheStartWithAOneLineReason() throws IOException {
		try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatExceptionOfType(EmbeddedNeo4jStartupException.class)
				.isThrownBy(() -> EmbeddedNeo4jServer.start(folder.resolve("data"), taken.getLocalPort(), true))
				.withMessage("Embedded Neo4j Bolt port " + taken.getLocalPort() + " is already in use.");
		}
	}

	@Test
	void aDataFolderThatCannotBeWrittenStopsTheStartWithAOneLineReason() throws IOException {
		Path file = Files.createFile(folder.resolve("a-file"));
		Path dataDir = file.resolve("data");
		assertThatExceptionOfType(EmbeddedNeo4jStartupException.class)
			.isThrownBy(() -> EmbeddedNeo4jServer.start(dataDir, 0, true))
			.withMessage("Embedded Neo4j data folder " + dataDir.toAbsolutePath() + " is not writable.");
	}

	@Test
	void theFailureIsReportedAsItsReasonAndTheSettingToChange() {
		var analysis = new EmbeddedNeo4jFailureAnalyzer().analyze(new IllegalStateException(
				new EmbeddedNeo4jStartupException("Embedded Neo4j Bolt port 7687 is already in use.", "Set the port.",
						null)));
		assertThat(analysis.getDescription()).isEqualTo("Embedded Neo4j Bolt port 7687 is already in use.");
		assertThat(analysis.getAction()).isEqualTo("Set the port.");
	}

	@Test
	void thePageCacheHasTheSizeGivenItAndTheDefaultOtherwise() {
		try (var server = EmbeddedNeo4jServer.start(folder.resolve("data"), 0, true, 32L * 1024 * 1024);
				var driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
			assertThat(driver.executableQuery("CALL dbms.listConfig('server.memory.pagecache.size') YIELD value")
				.execute().records().getFirst().get("value").asString()).isEqualTo("32.00MiB");
		}
		var unset = new Binder(new MapConfigurationPropertySource()).bindOrCreate("liaison.neo4j.embedded",
				EmbeddedNeo4jProperties.class);
		assertThat(unset.pageCacheSize().toBytes()).isEqualTo(EmbeddedNeo4jServer.DEFAULT_PAGE_CACHE_BYTES);
	}

	@Test
	void anExternalUriStartsNoEmbeddedServer() {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedNeo4jConfiguration.class)
			.withPropertyValues("spring.neo4j.uri=neo4j+s://cluster.example:7687")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedNeo4jServer.class));
	}

}
