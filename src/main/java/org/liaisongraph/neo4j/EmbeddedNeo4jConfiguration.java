package org.liaisongraph.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded server when no {@code spring.neo4j.uri} is set. The driver's connection
 * details depend on the server bean, so the server starts before the driver and stops after it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoNeo4jUriCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4jServer embeddedNeo4jServer(EmbeddedNeo4jProperties properties,
			ObjectProvider<EarlyEmbeddedNeo4jStart.Startup> earlyStart) {
		var started = earlyStart.getIfAvailable();
		return (started != null) ? started.server()
				: properties.start();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return server.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return server.authToken();
			}
		};
	}

}
