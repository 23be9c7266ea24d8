package org.liaisongraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-process Neo4j started when no {@code spring.neo4j.uri} is configured.
 *
 * @param boltPort      Bolt port on localhost, 0 for any free port
 * @param dataDir       folder holding the store; it survives restarts
 * @param boltEnabled   false: no Bolt port at all; the app reaches the server through the Unix
 *                      domain socket {@code bolt.sock} in the data folder, owner-only
 * @param pageCacheSize Neo4j's page cache, outside the heap: the store's files it holds are read
 *                      without a system call; size it to the store ({@code data/databases/neo4j})
 *                      when the graph outgrows the default
 */
@ConfigurationProperties("liaison.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("7687") int boltPort, @DefaultValue("./data") Path dataDir,
		@DefaultValue("true") boolean boltEnabled, @DefaultValue("64MB") DataSize pageCacheSize) {

	EmbeddedNeo4jServer start() {
		return EmbeddedNeo4jServer.start(dataDir, boltPort, boltEnabled, pageCacheSize.toBytes());
	}

}
