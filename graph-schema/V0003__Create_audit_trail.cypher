// One node per change, written in the transaction of the change it records.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_entry_entity IF NOT EXISTS FOR (n:AuditEntry) ON (n.entityType, n.entityKey);
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
