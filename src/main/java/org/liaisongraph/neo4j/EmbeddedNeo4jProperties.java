package org.liaisongraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process Neo4j started when no {@code spring.neo4j.uri} is configured.
 *
 * @param boltPort Bolt port on localhost, 0 for any free port
 * @param dataDir  folder holding the store; it survives restarts
 */
@ConfigurationProperties("liaison.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("7687") int boltPort, @DefaultValue("./data") Path dataDir) {
}
