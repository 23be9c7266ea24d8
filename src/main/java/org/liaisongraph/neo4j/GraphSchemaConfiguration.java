package org.liaisongraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Applies the versioned migrations of {@code graph-schema/} at start, on the embedded server and on
 * an external one alike, in the background ({@link GraphSchema}); the start's runners wait for them.
 * A start whose files are byte for byte those the graph's last application ran on (a
 * {@code __GraphSchemaApplied} node, outside the model like the migrations' own) has nothing to
 * apply and nothing the library's check would refuse, so it reads that one node instead of taking
 * the migrations' lock and checking their chain, which on a cold JVM is seconds of a restart. Any
 * other files, or none recorded, go through the library as before.
 */
@Configuration(proxyBeanMethods = false)
class GraphSchemaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphSchemaConfiguration.class);

	private static final String LOCATION = "graph-schema";

	@Bean
	GraphSchema graphSchema(Driver driver) {
		return new GraphSchema(() -> apply(driver));
	}

	/** Applies the migrations unless the graph's last application ran on the same files; the schema version. */
	static String apply(Driver driver) {
		String fingerprint = fingerprint();
		try (var session = driver.session()) {
			var recorded = session.executeRead(tx -> tx
				.run("MATCH (a:__GraphSchemaApplied {fingerprint: $fingerprint}) RETURN a.version AS version",
						Map.of("fingerprint", fingerprint))
				.list(r -> r.get("version").asString()));
			if (!recorded.isEmpty()) {
				log.info("Graph schema at version {}: its files are those last applied to this graph, not checked again",
						recorded.getFirst());
				return recorded.getFirst();
			}
			var config = MigrationsConfig.builder()
				.withLocationsToScan("classpath:" + LOCATION)
				.withPackagesToScan()
				.withInstalledBy("liaison-graph")
				.withResourceScanner(new SpringResourceScanner())
				.build();
			var version = new Migrations(config, driver).apply().map(Object::toString).orElse("none");
			session.executeWriteWithoutResult(tx -> tx.run(
					"MERGE (a:__GraphSchemaApplied) SET a.fingerprint = $fingerprint, a.version = $version",
					Map.of("fingerprint", fingerprint, "version", version)));
			log.info("Graph schema at version {}", version);
			return version;
		}
	}

	/** SHA-256 of the migration files' names and contents, in name order: the files the library applies. */
	static String fingerprint() {
		try {
			Resource[] files = new SpringResourceScanner().files(LOCATION);
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			List<byte[]> parts = new ArrayList<>();
			for (Resource file : files) {
				parts.add(("\n" + file.getFilename() + "\n").getBytes(StandardCharsets.UTF_8));
				parts.add(file.getContentAsByteArray());
			}
			return Sha256.of(parts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
