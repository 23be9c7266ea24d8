package org.liaisongraph.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** A recorded change as clients read it; {@code before} and {@code after} are parsed JSON. */
public record AuditEntry(String id, OffsetDateTime at, String user, String operation, String entityType,
		String entityKey, List<String> related, Object before, Object after, List<String> changed, String sourceId,
		String summary) {
}
