package org.liaisongraph.neo4j;

/**
 * Marker that the graph schema migrations have been applied.
 *
 * @param version the schema version after start
 */
public record GraphSchema(String version) {
}
