/**
 * Liaison officers of the home state and the posts abroad they work from, served over GraphQL
 * (an officer's name is restricted). It reads through {@code neo4j} and the shared {@code api}
 * support, and uses {@code agency}, {@code state} and {@code port} for what officers are sent by,
 * accredited to and posted at, and {@code source} for the sources of its facts. Its
 * {@code vocabulary} (officer roles, post kinds) is what the graph model lists.
 */
@ApplicationModule(displayName = "Liaison officers and posts",
		allowedDependencies = { "api", "neo4j", "source", "state", "port", "agency" })
package org.liaisongraph.liaison;

import org.springframework.modulith.ApplicationModule;
