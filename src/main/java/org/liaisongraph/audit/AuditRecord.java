package org.liaisongraph.audit;

import java.util.List;
import java.util.Map;

/**
 * One change to record: who made it, by which operation, to which entity, its state before and
 * after (null when it did not exist), the fields that changed and the source that justifies it.
 * {@code related} names other entities the change touched, as {@code Label:key}, so that their
 * trail shows it too; {@code summary} describes changes with no single entity, such as an import.
 */
public record AuditRecord(String user, String operation, String entityType, String entityKey,
		Map<String, Object> before, Map<String, Object> after, List<String> related, String source, String summary) {

	public static AuditRecord ofImport(String user, String summary) {
		return new AuditRecord(user, "import", null, null, null, null, List.of(), null, summary);
	}

}
