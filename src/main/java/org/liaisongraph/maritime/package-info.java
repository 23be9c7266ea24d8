/**
 * The maritime and Defence layer: vessels, surveillance assets and their deployments at sea,
 * detections, cases referred to MAOC-N, container scans at ports, information-sharing agreements
 * between agencies and aggregated integrity figures inside Defence, served over GraphQL with the
 * analyses {@code seaCoverage}, {@code detectionFunnel}, {@code maocnContribution} and
 * {@code integrityTrend}. It reads through {@code neo4j} and the shared {@code api} support, uses
 * {@code state}, {@code port}, {@code agency} and {@code route} for what its facts name (and
 * {@code route}'s sea paths for the legs watched), {@code source} for their sources and
 * {@code api}'s {@code RestrictedClearance} to hide operational details and small integrity counts
 * from users not cleared for them (not {@code security} itself, which reads the model that lists
 * this module's vocabulary). Its {@code vocabulary} (asset kinds, case outcomes, integrity kinds) is what the graph
 * model lists.
 */
@ApplicationModule(displayName = "Maritime and Defence",
		allowedDependencies = { "api", "neo4j", "source", "state", "port", "agency", "route" })
package org.liaisongraph.maritime;

import org.springframework.modulith.ApplicationModule;
