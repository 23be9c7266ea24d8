/**
 * Sanction measures against states judged negligent, their targets and who imposed them, served
 * over GraphQL. It reads through {@code neo4j} and the shared {@code api} support, and uses
 * {@code state} for targets and imposing states or blocs and {@code source} for the sources of its
 * facts. Its {@code vocabulary} (measure kinds and statuses) is what the graph model lists.
 */
@ApplicationModule(displayName = "Sanction measures", allowedDependencies = { "api", "neo4j", "source", "state" })
package org.liaisongraph.sanction;

import org.springframework.modulith.ApplicationModule;
