/**
 * The analyses: country priorities, liaison coverage gaps, port exposure, readmission gaps, routes
 * between ports, sanction candidates and treaty gaps, each a named Cypher file run through
 * {@code neo4j}. It reads the home state from {@code config}, checks roles with {@code security},
 * and returns the records of the feature modules it draws on (states, ports, routes, seizures,
 * treaties, sanctions, liaison officers, sources), with their enum {@code vocabulary} where a result
 * or a weight names one, and the sea paths of legs from {@code route}. The report ({@code report}) reads their answers.
 */
@ApplicationModule(displayName = "Analyses",
		allowedDependencies = { "api", "config", "model", "neo4j", "security", "source", "state", "state :: vocabulary", "port", "liaison", "route",
				"route :: vocabulary", "sanction", "sanction :: vocabulary", "treaty", "treaty :: vocabulary" })
package org.liaisongraph.analysis;

import org.springframework.modulith.ApplicationModule;
