package org.liaisongraph.audit;

import org.liaisongraph.api.GraphChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every change the write template publishes. A plain, synchronous listener, not an
 * after-commit one: it runs in the writer's transaction, so a change and its entry commit or roll
 * back together.
 */
@Component
class ChangeAuditing {

	private final AuditLog log;

	ChangeAuditing(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(GraphChange change) {
		log.record(change.entryId(), new AuditRecord(change.user(), change.operation(), change.entityType(),
				change.entityKey(), change.before(), change.after(), change.related(), change.sourceId(), null));
	}

}
