/**
 * States, blocs and the indices states are rated on, with memberships, ratings, conviction figures
 * and prison population by nationality, served over GraphQL. It reads through {@code neo4j} and the
 * shared {@code api} support, uses {@code source} for the sources of its facts and {@code compiled}
 * to read a page of states with its nested lists in one statement. Its
 * {@code vocabulary} (what a detention figure measures) is what the graph model lists.
 */
@ApplicationModule(displayName = "States, blocs and indices", allowedDependencies = { "api", "compiled", "neo4j", "source" })
package org.liaisongraph.state;

import org.springframework.modulith.ApplicationModule;
