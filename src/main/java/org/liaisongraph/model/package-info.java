/**
 * The declared graph model, a shared kernel: every label with its key and typed properties, every
 * relationship type with its ends ({@code GraphModel}, {@code PropertySpec}). Import, export and
 * editing read it, so what they write only ever comes from here. It may use only the enum
 * {@code vocabulary} of the feature modules whose values it lists, nothing else of them.
 */
@ApplicationModule(displayName = "Graph model", allowedDependencies = { "agency :: vocabulary",
		"liaison :: vocabulary", "maritime :: vocabulary", "route :: vocabulary", "sanction :: vocabulary", "state :: vocabulary",
		"treaty :: vocabulary" })
package org.liaisongraph.model;

import org.springframework.modulith.ApplicationModule;
