package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

class GraphSchemaTests extends IntegrationTest {

	@Autowired
	GraphSchema schema;

	@Autowired
	ObjectProvider<EmbeddedNeo4jServer> embedded;

	@Autowired
	ApplicationContext context;

	@Autowired
	Driver driver;

	@Test
	void theTestsEmbeddedServerTakesTheTestSettingsNotTheDefaults() {
		embedded.ifAvailable(server -> assertThat(server.boltUri().getPort()).isNotEqualTo(7687));
	}

	@Test
	void migrationsGiveEveryKeyAUniqueConstraintAndTheFiltersAnIndex() {
		assertThat(schema.version()).isEqualTo(latestMigration());
		assertThat(neo4j.query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
				+ "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] + '.' + properties[0]")
			.fetchAs(String.class)
			.all()).contains("State.iso2", "Bloc.code", "Port.locode", "Treaty.id", "Clause.id", "LiaisonOfficer.id",
					"Post.id", "Agency.code", "SanctionMeasure.id", "TraffickingRoute.id", "Seizure.id", "Source.id",
					"Index.code", "AuditEntry.id", "GraphImport.slot", "UserAccount.name", "PublishedReport.year");
		assertThat(neo4j.query("SHOW INDEXES YIELD name RETURN name").fetchAs(String.class).all()).contains(
				"state_region", "treaty_in_force_from", "clause_type", "rated_year", "leg_route", "audit_entry_entity",
				"audit_entry_at", "search_public", "search_restricted");
	}

	/** The version of the last file of graph-schema/ (V0030__... is 0030), which the schema must have reached. */
	private static String latestMigration() {
		try (var files = Files.list(Path.of("graph-schema"))) {
			return files.map(f -> f.getFileName().toString())
				.filter(name -> name.matches("V\\d+__.*\\.cypher"))
				.map(name -> name.substring(1, name.indexOf("__")))
				.max(String::compareTo)
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void aStartOnTheFilesLastAppliedReadsTheirVersionWithoutCheckingTheMigrationsAgain() {
		String fingerprint = GraphSchemaConfiguration.fingerprint();
		assertThat(recorded()).containsExactly(fingerprint + " " + latestMigration());
		try {
			// a version no migration has: only the recorded node can answer it, so the library did not run
			neo4j.query("MATCH (a:__GraphSchemaApplied) SET a.version = '9999'").run();
			assertThat(GraphSchemaConfiguration.apply(driver)).isEqualTo("9999");
			assertThat(recorded()).containsExactly(fingerprint + " 9999");
		}
		finally {
			neo4j.query("MATCH (a:__GraphSchemaApplied) SET a.version = $version").bind(latestMigration()).to("version").run();
		}
	}

	@Test
	void aStartOnOtherFilesChecksTheMigrationsAndRecordsItsOwn() {
		String fingerprint = GraphSchemaConfiguration.fingerprint();
		try {
			neo4j.query("MATCH (a:__GraphSchemaApplied) SET a.fingerprint = 'other files', a.version = '9999'").run();
			assertThat(GraphSchemaConfiguration.apply(driver)).isEqualTo(latestMigration());
			assertThat(recorded()).containsExactly(fingerprint + " " + latestMigration());
		}
		finally {
			neo4j.query("MATCH (a:__GraphSchemaApplied) SET a.fingerprint = $fingerprint, a.version = $version")
				.bindAll(Map.of("fingerprint", fingerprint, "version", latestMigration()))
				.run();
		}
	}

	@Test
	void theFingerprintCoversEveryMigrationFile() throws IOException {
		try (var files = Files.list(Path.of("graph-schema"))) {
			var digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
				digest.update(("\n" + file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(file));
			}
			assertThat(GraphSchemaConfiguration.fingerprint()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> recorded() {
		return List.copyOf(neo4j.query("MATCH (a:__GraphSchemaApplied) RETURN a.fingerprint + ' ' + a.version")
			.fetchAs(String.class)
			.all());
	}

	@Test
	void theMigrationsAreWaitedForBeforeEveryOtherStartUpRunner() {
		List<ApplicationRunner> runners = new ArrayList<>(context.getBeansOfType(ApplicationRunner.class).values());
		AnnotationAwareOrderComparator.sort(runners);
		assertThat(runners).hasSizeGreaterThan(1);
		assertThat(runners.getFirst()).isSameAs(schema);
	}

	@Test
	void aMigrationThatFailsInTheBackgroundStopsTheStartWithItsError() {
		var failing = new GraphSchema(() -> {
			throw new IllegalStateException("V0099 is broken");
		});
		assertThatIllegalStateException().isThrownBy(() -> failing.run(null)).withMessage("V0099 is broken");
	}

	@Test
	void aStopWaitsForTheMigrationsUnderWaySoThatTheyReleaseTheirLock() {
		var release = new CountDownLatch(1);
		var finished = new AtomicBoolean();
		var running = new GraphSchema(() -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			finished.set(true);
			return "0099";
		});
		var stopping = CompletableFuture.runAsync(running::close);
		release.countDown();
		stopping.join();
		assertThat(finished).isTrue();
	}

	@Test
	void aDuplicateKeyIsRefusedByTheDatabase() {
		neo4j.query("CREATE (:Port {locode: 'BEANR', name: 'Antwerp'})").run();
		org.assertj.core.api.Assertions.assertThatException()
			.isThrownBy(() -> neo4j.query("CREATE (:Port {locode: 'BEANR', name: 'Again'})").run());
	}

}
