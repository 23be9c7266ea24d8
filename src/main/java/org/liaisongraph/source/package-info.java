/**
 * Sources: where each fact of the graph comes from, with its reliability, and the
 * {@code SUPPORTED_BY} links of fact nodes, served over GraphQL and read by every feature module
 * for the sources of its own facts. It uses only {@code neo4j} and the shared {@code api} support.
 */
@ApplicationModule(displayName = "Sources", allowedDependencies = { "api", "neo4j" })
package org.liaisongraph.source;

import org.springframework.modulith.ApplicationModule;
