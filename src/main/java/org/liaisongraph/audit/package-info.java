/**
 * The audit trail: {@code AuditLog} records every change in the transaction that makes it,
 * {@code AuditTrail} reads the entries back, and the {@code auditTrail} query serves them to the
 * roles {@code security} allows. It reads and writes through {@code neo4j} and the shared
 * {@code api} support, and records the user-account changes {@code security} publishes as
 * {@code events}. The writers of the graph (edit, dataset) depend on it, never the other way round:
 * which labels and keys the query accepts, edit tells it by implementing {@code AuditedEntities}.
 */
@ApplicationModule(displayName = "Audit trail",
		allowedDependencies = { "api", "neo4j", "security", "security :: events" })
package org.liaisongraph.audit;

import org.springframework.modulith.ApplicationModule;
