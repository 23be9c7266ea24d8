/**
 * Alerts: what is about to happen or just happened that someone should act on (a treaty entering
 * into force or ending, a posting ending without successor, a sanction measure due for review, a
 * seizure from an uncovered port on an active route, a corruption score that fell), read with
 * {@code queries/alerts.cypher} through {@code neo4j}, served by the {@code alerts} query and pushed
 * by the {@code alerts} subscription over WebSocket to the roles {@code security} allows. It reads
 * the home state and the clock from {@code config}, the grade of invented facts from {@code source}
 * and the corruption index from {@code analysis}. Nothing depends on it.
 */
@ApplicationModule(displayName = "Alerts",
		allowedDependencies = { "analysis", "api", "config", "neo4j", "security", "source" })
package org.liaisongraph.alert;

import org.springframework.modulith.ApplicationModule;
