/**
 * Agencies: customs, police, defence, diplomatic and judicial agencies and multinational centres,
 * what they belong to, who takes part in them and whom they share information with, served over
 * GraphQL. It reads the graph through {@code neo4j} and the shared {@code api} support, and uses
 * {@code state} for the states and blocs agencies belong to and {@code source} for the sources of
 * its facts. Its {@code vocabulary} (the agency kinds) is what the graph model lists.
 */
@ApplicationModule(displayName = "Agencies", allowedDependencies = { "api", "neo4j", "source", "state" })
package org.liaisongraph.agency;

import org.springframework.modulith.ApplicationModule;
