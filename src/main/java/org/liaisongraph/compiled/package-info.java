/**
 * Compiled nested reads: the selection set of a list query whose nested lists are served by batch
 * loaders, compiled into one parameterised Cypher statement that returns maps of the selected
 * fields only, and the data fetchers that resolve those fields from the maps. The feature modules
 * declare their nested lists ({@link org.liaisongraph.compiled.NestedList}) and call it from their
 * list queries; anything it does not compile is left to their loaders. The same one-pass
 * completion serves any answer made of Java records read by graphql-java's property fetcher (the
 * analyses'). It reads through
 * {@code neo4j}, uses the shared {@code api} support and {@code source} for provenance.
 */
@ApplicationModule(displayName = "Compiled nested reads", allowedDependencies = { "api", "neo4j", "source" })
package org.liaisongraph.compiled;

import org.springframework.modulith.ApplicationModule;
