/**
 * The annual report to parliament (seed 001 §9, seed 000 §7): {@code AnnualReports} assembles its
 * sections from the answers of the {@code analysis} services and a few report queries of its own
 * run through {@code neo4j}, each figure with the facts it counts and their grades ({@code source});
 * {@code ReportRenderer} writes it as print-ready HTML and as PDF in Dutch or French;
 * {@code PublishedReports} freezes a published report in the graph through {@code api}'s write
 * template, and the next year's report compares with it. Served over GraphQL and at
 * {@code /reports/...} to the roles {@code security} allows, and by the {@code report} command.
 * It reads the home state from {@code config} and the records of the feature modules the analyses
 * return; the Defence sections §7.1-7.3 come from {@code maritime}'s analyses, as published (no
 * operational deployment, no integrity count under the threshold). Nothing depends on it.
 */
@ApplicationModule(displayName = "Annual report",
		allowedDependencies = { "analysis", "api", "config", "neo4j", "security", "source", "state", "port", "liaison",
				"liaison :: vocabulary", "route", "sanction", "sanction :: vocabulary", "treaty", "treaty :: vocabulary",
				"maritime", "maritime :: vocabulary" })
package org.liaisongraph.report;

import org.springframework.modulith.ApplicationModule;
