package org.liaisongraph.neo4j;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.netty.SocketNettyConnector;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilderImplementation;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.ExtensionType;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.lifecycle.LifeSupport;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Neo4j running inside the application's JVM, reachable over Bolt on localhost only, so the app
 * talks to it through the same driver it would use for an external server. Bolt asks for a login:
 * the password of the user {@code neo4j} is generated at the first start and kept in
 * {@value #CREDENTIALS} in the data folder, readable by its owner only; the app logs in with it,
 * and so can an operator who can read that folder (who has the data anyway). With the Bolt port
 * switched off, Bolt is served only on the Unix domain socket {@value #SOCKET} in the data folder,
 * owner-only and with the same login, and no TCP port is opened.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

	/** Holds the reference dataset's store with room to spare (docs/configuration.md, "Memory and start-up"). */
	static final long DEFAULT_PAGE_CACHE_BYTES = 64L * 1024 * 1024;

	private final DatabaseManagementService service;

	private final URI boltUri;

	/** The file, in the data folder, holding the Bolt password of the user {@value #USER}. */
	static final String CREDENTIALS = "bolt-password";

	static final String USER = "neo4j";

	/** The Unix domain socket, in the data folder, that serves Bolt when its port is switched off. */
	static final String SOCKET = "bolt.sock";

	private final AtomicBoolean open = new AtomicBoolean(true);

	private final String password;

	private EmbeddedNeo4jServer(DatabaseManagementService service, URI boltUri, String password) {
		this.service = service;
		this.boltUri = boltUri;
		this.password = password;
	}

	/**
	 * Starts a server on the given folder, with Bolt on the given port or, when {@code boltPortOpen}
	 * is false, on the folder's Unix domain socket {@value #SOCKET} only.
	 * @throws EmbeddedNeo4jStartupException with a one-line reason when the port is taken or the
	 * folder cannot be written
	 */
	public static EmbeddedNeo4jServer start(Path dataDir, int boltPort, boolean boltPortOpen) {
		return start(dataDir, boltPort, boltPortOpen, DEFAULT_PAGE_CACHE_BYTES);
	}

	/** As {@link #start(Path, int, boolean)}, with a page cache of the given size (Neo4j's store in memory). */
	public static EmbeddedNeo4jServer start(Path dataDir, int boltPort, boolean boltPortOpen, long pageCacheBytes) {
		Path home = dataDir.toAbsolutePath().normalize();
		requireWritable(home);
		if (boltPortOpen) {
			requireFreePort(boltPort);
		}
		long started = System.nanoTime();
		Path credentials = home.resolve(CREDENTIALS);
		Path newPassword = null;
		boolean firstStart = !Files.exists(home.resolve("data").resolve("databases").resolve("system"));
		String password;
		try {
			if (Files.exists(credentials)) {
				password = Files.readString(credentials, StandardCharsets.UTF_8).strip();
			}
			else {
				password = generatedPassword();
				newPassword = Files.createTempFile(home, CREDENTIALS, ".tmp", ownerOnly(credentials));
				Files.writeString(newPassword, password + "\n", StandardCharsets.UTF_8);
			}
			if (firstStart) {
				setInitialPassword(home, password);
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedNeo4jStartupException("Embedded Neo4j could not set up its login in " + home + ": "
					+ rootMessage(ex), "Check that this user can write the data folder.", ex);
		}
		DatabaseManagementService service;
		try {
			var builder = new Builder(home, boltPortOpen);
			builder
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				.setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
				.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				// how often transactions past their timeout (a request's deadline) are ended: 2 s by default
				.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
				// Bolt's network threads wait 5 s without work, twice, before they stop: 10 s of every
				// stop. The app's own driver is closed by then; other Bolt clients are cut off either way.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false);
			if (boltPortOpen) {
				builder.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort));
			}
			else {
				// Neo4j builds its TCP connector whenever Bolt is on: it gets an unused address and is
				// taken out before it binds (TcpBoltConnectorRemoval).
				builder.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
					.setConfig(BoltConnector.enable_unix_socket, true)
					.setConfig(BoltConnector.unix_socket_path, home.resolve(SOCKET))
					.setConfig(BoltConnector.enable_unix_socket_auth, true)
					.setConfig(BoltConnector.unix_socket_permission_mask,
							new BoltConnector.FilePermission(PosixFilePermission.OWNER_READ,
									PosixFilePermission.OWNER_WRITE))
					// a socket left by a killed run would stop the start
					.setConfig(BoltConnector.unix_socket_delete, true)
					// by default the socket serves the system database only (for admin tools)
					.setConfig(BoltConnectorInternalSettings.enable_unix_socket_user_database_access, true);
			}
			service = builder.build();
		}
		catch (RuntimeException ex) {
			throw new EmbeddedNeo4jStartupException(
					"Embedded Neo4j could not start on " + home + ": " + rootMessage(ex),
					"Check that no other Neo4j uses this data folder (liaison.neo4j.embedded.data-dir).", ex);
		}
		URI uri;
		try {
			// read at the start; it holds the password's hash
			Files.deleteIfExists(home.resolve("data").resolve("dbms").resolve("auth.ini"));
			if (newPassword != null) {
				keep(service, firstStart ? null : password, newPassword, credentials);
			}
			uri = boltPortOpen ? URI.create("bolt://localhost:" + boltAddress(service).getPort())
					: socketOnly(service, home.resolve(SOCKET));
		}
		catch (Exception ex) {
			service.shutdown();
			throw new EmbeddedNeo4jStartupException("Embedded Neo4j could not set up Bolt in " + home + ": "
					+ rootMessage(ex), "Check that this user can write the data folder.", ex);
		}
		log.info("Embedded Neo4j started in {} ms: data in {}, Bolt at {}{} (user {}, password in {})",
				(System.nanoTime() - started) / 1_000_000, home, uri, boltPortOpen ? "" : ", no TCP port", USER,
				home.resolve(CREDENTIALS));
		return new EmbeddedNeo4jServer(service, uri, password);
	}

	/**
	 * Checks that Bolt is served on the Unix domain socket and on no TCP port.
	 * @return the socket's URI, which the driver reaches with the scheme {@code bolt+unix}
	 */
	private static URI socketOnly(DatabaseManagementService service, Path socket) throws IOException {
		var listening = boltAddress(service);
		if (listening != null) {
			throw new IOException("Bolt listens on " + listening);
		}
		if (!Files.exists(socket)) {
			throw new IOException("the Bolt socket " + socket + " was not created");
		}
		return URI.create("bolt+unix://" + socket);
	}

	/** Neo4j's builder, with the extension that keeps Bolt off TCP when the port is switched off. */
	private static final class Builder extends DatabaseManagementServiceBuilderImplementation {

		Builder(Path home, boolean boltPortOpen) {
			super(home);
			if (!boltPortOpen) {
				extensions.add(new TcpBoltConnectorRemoval());
			}
		}

	}

	/**
	 * Takes Bolt's TCP connector out before it binds, so that with the port switched off no TCP port
	 * is opened, not even during the start: Neo4j 2026.08 builds that connector whenever Bolt is on,
	 * and has no setting to serve the Unix domain socket alone. A global extension fits the moment:
	 * Neo4j initialises every component (Bolt builds its connectors then) before it starts any, and
	 * starts extensions before Bolt. The connectors' life is internal to {@link BoltServer}; if a
	 * Neo4j upgrade changes it, the start fails rather than opening the port.
	 */
	private static final class TcpBoltConnectorRemoval
			extends ExtensionFactory<TcpBoltConnectorRemoval.Dependencies> {

		interface Dependencies {

			Supplier<BoltServer> boltServer();

		}

		TcpBoltConnectorRemoval() {
			super(ExtensionType.GLOBAL, "liaison-tcp-bolt-connector-removal");
		}

		@Override
		public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
			return new LifecycleAdapter() {
				@Override
				public void start() throws Exception {
					var bolt = dependencies.boltServer().get();
					var field = BoltServer.class.getDeclaredField("connectorLife");
					field.setAccessible(true);
					var connectors = (LifeSupport) field.get(bolt);
					int removed = 0;
					for (var connector : bolt.getConnectors()) {
						if (connector instanceof SocketNettyConnector && connectors.remove(connector)) {
							removed++;
						}
					}
					if (removed != 1) {
						throw new IllegalStateException("expected to take out one TCP Bolt connector, took out " + removed);
					}
				}
			};
		}

	}

	public URI boltUri() {
		return boltUri;
	}

	/** The login of the user {@value #USER}. */
	public AuthToken authToken() {
		return AuthTokens.basic(USER, password);
	}

	private static String generatedPassword() {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/**
	 * Gives the user {@value #USER} its password before Neo4j starts, as {@code neo4j-admin dbms
	 * set-initial-password} does (the same command, run in this JVM): Neo4j creates the user from the
	 * file {@code data/dbms/auth.ini} it writes, so at a first start the user never has Neo4j's
	 * initial password, not even for a moment.
	 */
	static void setInitialPassword(Path home, String password) throws IOException {
		var context = new ExecutionContext(home, home.resolve("conf"), new PrintStream(OutputStream.nullOutputStream()),
				new PrintStream(OutputStream.nullOutputStream()), new DefaultFileSystemAbstraction());
		var command = new SetInitialPasswordCommand(context);
		// "--": a generated password may start with '-', which would read as an option
		new CommandLine(command).parseArgs("--", password);
		command.execute();
	}

	/**
	 * Keeps a password generated at this start in the file, owner-only. At a first start Neo4j took
	 * it from {@code auth.ini}; a folder that has its database but lost the file gets the new
	 * password set on its user ({@code toSet}).
	 */
	private static void keep(DatabaseManagementService service, String toSet, Path written, Path file)
			throws IOException {
		if (toSet != null) {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", toSet));
		}
		Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
	}

	private static FileAttribute<?>[] ownerOnly(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
	}

	@Override
	public void close() {
		if (open.compareAndSet(true, false)) {
			service.shutdown();
			log.info("Embedded Neo4j stopped");
		}
	}

	/** The address Neo4j's TCP Bolt connector listens on; null when it listens on none. */
	private static HostnamePort boltAddress(DatabaseManagementService service) {
		return ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
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
