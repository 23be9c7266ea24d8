/**
 * Editing the graph: the add, update and remove mutations of every entity and fact, each checked
 * against the declared graph {@code model} and written with its version, source and audit entry in
 * one transaction. It returns the records of the feature modules it edits, writes through
 * {@code neo4j}, records with {@code audit} (and tells the audit trail its labels and keys as
 * {@code AuditedEntities}), checks roles with {@code security}, and rewrites route legs through
 * {@code route}'s {@code legs} interface. It must not use {@code dataset} or the analyses.
 */
@ApplicationModule(displayName = "Editing",
		allowedDependencies = { "api", "neo4j", "model", "audit", "security", "source", "state", "port", "agency",
				"treaty", "liaison", "sanction", "route", "maritime", "route :: legs", "route :: vocabulary" })
package org.liaisongraph.edit;

import org.springframework.modulith.ApplicationModule;
