package org.liaisongraph.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The real Neo4j the integration tests run against: a Testcontainers server when a Docker engine
 * answers, otherwise the application's own embedded server on a free port and a fresh folder. Each
 * test context names its database: the integration tests share one that each test empties, the
 * browser tests have their own, holding the reference dataset.
 */
final class TestNeo4j {

	private static final String IMAGE = "neo4j:2026.08.1";

	private static final Map<String, Neo4jContainer> containers = new HashMap<>();

	private static final Map<String, Path> dataDirs = new HashMap<>();

	private TestNeo4j() {
	}

	static void register(DynamicPropertyRegistry registry) {
		register(registry, "shared");
	}

	static synchronized void register(DynamicPropertyRegistry registry, String database) {
		if (dockerMayAnswer() && DockerClientFactory.instance().isDockerAvailable()) {
			Neo4jContainer container = containers.computeIfAbsent(database, name -> {
				var started = new Neo4jContainer(IMAGE).withoutAuthentication();
				started.start();
				return started;
			});
			registry.add("spring.neo4j.uri", container::getBoltUrl);
		}
		else {
			registry.add("liaison.neo4j.embedded.bolt-port", () -> 0);
			registry.add("liaison.neo4j.embedded.data-dir", () -> embeddedDataDir(database));
		}
	}

	/**
	 * Whether a Docker engine is configured at all: without one, asking Testcontainers would log an
	 * ERROR about a missing Docker environment before the embedded fallback, which reads like a
	 * failure of the build.
	 */
	private static boolean dockerMayAnswer() {
		boolean configured = System.getenv("DOCKER_HOST") != null
				|| Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
		if (!configured) {
			LoggerFactory.getLogger(TestNeo4j.class)
				.info("No Docker engine configured: the tests run against the embedded Neo4j");
		}
		return configured;
	}

	private static synchronized String embeddedDataDir(String database) {
		return dataDirs.computeIfAbsent(database, name -> TestFolders.newFolder("test-neo4j-" + name + "-"))
			.toString();
	}

}
