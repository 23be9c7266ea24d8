package org.liaisongraph.neo4j;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the versioned migrations of {@code graph-schema/} at start, on the embedded server and on
 * an external one alike, in the background ({@link GraphSchema}); the start's runners wait for them.
 */
@Configuration(proxyBeanMethods = false)
class GraphSchemaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(GraphSchemaConfiguration.class);

	@Bean
	GraphSchema graphSchema(Driver driver) {
		return new GraphSchema(() -> apply(driver));
	}

	private static String apply(Driver driver) {
		var config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:graph-schema")
			.withPackagesToScan()
			.withInstalledBy("liaison-graph")
			.withResourceScanner(new SpringResourceScanner())
			.build();
		var migrations = new Migrations(config, driver);
		var applied = migrations.apply();
		var version = applied.map(Object::toString).orElse("none");
		log.info("Graph schema at version {}", version);
		return version;
	}

}
