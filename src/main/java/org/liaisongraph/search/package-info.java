/**
 * Search: one query over states, ports, treaties, agencies, sources and liaison officers, by their
 * names (in every language the graph holds), titles and keys, on the Neo4j full-text indexes that
 * {@code model} declares. Officers are found by name only by users cleared for restricted fields
 * ({@code security}'s {@code Access}). It reads through {@code neo4j} and pages with the shared
 * {@code api} support; {@code source} says which grade is illustrative.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = { "api", "neo4j", "model", "security", "source" })
package org.liaisongraph.search;

import org.springframework.modulith.ApplicationModule;
