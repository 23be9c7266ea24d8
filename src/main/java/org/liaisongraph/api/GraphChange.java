package org.liaisongraph.api;

import java.util.List;
import java.util.Map;

/**
 * A change to the graph as the audit trail records it, published by {@link Writes} in the
 * transaction that made it, so the change and its entry commit or roll back together. States hold
 * what the audit trail may show: never a password or its hash.
 *
 * @param entryId    the id the audit entry gets, so the write can answer with it
 * @param user       who made the change
 * @param operation  the mutation, e.g. addTreaty, updateUser
 * @param entityType the label of what changed, e.g. Treaty, UserAccount
 * @param entityKey  its business key
 * @param before     its state before, null when it was added
 * @param after      its state after, null when it was removed
 * @param related    other entities the change touched, as Label:key
 * @param sourceId   the source the change rests on, if any
 */
public record GraphChange(String entryId, String user, String operation, String entityType, String entityKey,
		Map<String, Object> before, Map<String, Object> after, List<String> related, String sourceId) {
}
