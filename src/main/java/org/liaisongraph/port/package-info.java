/**
 * Seaports keyed by UN/LOCODE and the state each lies in, served over GraphQL. It reads through
 * {@code neo4j} and the shared {@code api} support, and uses {@code state} for the state of a port
 * and {@code source} for the sources of its facts.
 */
@ApplicationModule(displayName = "Ports", allowedDependencies = { "api", "neo4j", "source", "state" })
package org.liaisongraph.port;

import org.springframework.modulith.ApplicationModule;
