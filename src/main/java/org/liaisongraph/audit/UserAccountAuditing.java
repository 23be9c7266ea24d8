package org.liaisongraph.audit;

import java.util.List;

import org.liaisongraph.security.UserAccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the changes to user accounts that security publishes. A plain, synchronous listener, not
 * an after-commit one: it runs in the publisher's transaction, so a change and its entry commit or
 * roll back together, as with every other audited write.
 */
@Component
class UserAccountAuditing {

	private final AuditLog log;

	UserAccountAuditing(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(UserAccountChanged change) {
		log.record(new AuditRecord(change.user(), change.operation(), UserAccountChanged.LABEL, change.name(),
				change.before(), change.after(), List.of(), null, null));
	}

}
