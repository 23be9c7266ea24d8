/**
 * Trafficking routes, their port calls and legs with sea distances and paths, and seizures, served over
 * GraphQL. It reads through {@code neo4j} and the shared {@code api} support, and uses {@code port}
 * for the ports called at, {@code state} for the state a seizure was shipped from when no port is
 * named, and {@code source} for the sources of its facts. Writers keep legs in
 * step through its {@code legs} interface ({@code RouteLegs}), and the yearly seizure totals of
 * states, ports and routes through its {@code totals} one ({@code SeizureTotals}, which also follows
 * every write's published change), and the derived route facts (each route's calls, each state's active
 * routes) through its {@code facts} one ({@code RouteFacts}, which follows the published changes too); its
 * {@code vocabulary} (call roles,
 * commodities, modalities) is what the graph model lists.
 */
@ApplicationModule(displayName = "Trafficking routes and seizures",
		allowedDependencies = { "api", "neo4j", "source", "port", "state" })
package org.liaisongraph.route;

import org.springframework.modulith.ApplicationModule;
