/**
 * Dataset import and export: the reference dataset loaded at start, CSV and JSON imports (GraphQL
 * upload and command line) checked in full and written all or nothing, and the export the import
 * reads back. It follows the declared graph {@code model}, writes through {@code neo4j}, records
 * each import with {@code audit}, checks roles with {@code security}, and keeps route legs, seizure totals and
 * the derived route facts in step through {@code route}'s {@code legs}, {@code totals} and {@code facts}
 * interfaces only, and the bilateral clause kinds through {@code treaty}'s {@code kinds} interface. No module
 * depends on it.
 */
@ApplicationModule(displayName = "Dataset import and export",
		allowedDependencies = { "api", "neo4j", "model", "audit", "security", "route :: legs", "route :: totals",
				"route :: facts", "treaty :: kinds" })
package org.liaisongraph.dataset;

import org.springframework.modulith.ApplicationModule;
