package org.liaisongraph.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j running inside the application's JVM, reachable over Bolt on localhost only, so the app
 * talks to it through the same driver it would use for an external server.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

	// Small caches keep the resident memory of the whole app well under the 700 MiB target.
	private static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final AtomicBoolean open = new AtomicBoolean(true);

	private EmbeddedNeo4jServer(DatabaseManagementService service, URI boltUri) {
		this.service = service;
		this.boltUri = boltUri;
	}

	/**
	 * Starts a server on the given folder and port.
	 * @throws EmbeddedNeo4jStartupException with a one-line reason when the port is taken or the
	 * folder cannot be written
	 */
	public static EmbeddedNeo4jServer start(Path dataDir, int boltPort) {
		Path home = dataDir.toAbsolutePath().normalize();
		requireWritable(home);
		requireFreePort(boltPort);
		long started = System.nanoTime();
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(home)
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
				.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.build();
		}
		catch (RuntimeException ex) {
			throw new EmbeddedNeo4jStartupException(
					"Embedded Neo4j could not start on " + home + ": " + rootMessage(ex),
					"Check that no other Neo4j uses this data folder (liaison.neo4j.embedded.data-dir).", ex);
		}
		int port = actualBoltPort(service);
		URI uri = URI.create("bolt://localhost:" + port);
		log.info("Embedded Neo4j started in {} ms: data in {}, Bolt at {}", (System.nanoTime() - started) / 1_000_000,
				home, uri);
		return new EmbeddedNeo4jServer(service, uri);
	}

	public URI boltUri() {
		return boltUri;
	}

	@Override
	public void close() {
		if (open.compareAndSet(true, false)) {
			service.shutdown();
			log.info("Embedded Neo4j stopped");
		}
	}

	private static int actualBoltPort(DatabaseManagementService service) {
		var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		return system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
	}

	private static void requireWritable(Path home) {
		try {
			Files.createDirectories(home);
		}
		catch (IOException | RuntimeException ex) {
			throw notWritable(home, ex);
		}
		if (!Files.isDirectory(home) || !Files.isWritable(home)) {
			throw notWritable(home, null);
		}
	}

	private static EmbeddedNeo4jStartupException notWritable(Path home, Exception cause) {
		return new EmbeddedNeo4jStartupException("Embedded Neo4j data folder " + home + " is not writable.",
				"Set liaison.neo4j.embedded.data-dir to a folder this user can write, or set spring.neo4j.uri.",
				cause);
	}

	private static void requireFreePort(int port) {
		if (port == 0) {
			return;
		}
		try (var socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new EmbeddedNeo4jStartupException("Embedded Neo4j Bolt port " + port + " is already in use.",
					"Stop what listens on it, or set liaison.neo4j.embedded.bolt-port (0 picks a free port).", ex);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
