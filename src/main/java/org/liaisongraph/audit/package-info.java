/**
 * The audit trail: {@code AuditLog} records every change in the transaction that makes it (the
 * {@code GraphChange} every write publishes through {@code api}'s write template, and imports),
 * {@code AuditTrailQueries} reads the entries back, and the {@code auditTrail} query serves them
 * to the roles {@code security} allows, hiding the properties {@code model} declares restricted. It
 * reads and writes through {@code neo4j} and the shared {@code api} support. The writers of the graph (edit, dataset) depend on it, never the other way round:
 * which labels and keys the query accepts, edit tells it by implementing {@code AuditedEntities}.
 */
@ApplicationModule(displayName = "Audit trail",
		allowedDependencies = { "api", "model", "neo4j", "security" })
package org.liaisongraph.audit;

import org.springframework.modulith.ApplicationModule;
