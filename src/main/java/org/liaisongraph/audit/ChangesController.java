package org.liaisongraph.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * What changed in the graph in a period, everyone's changes grouped by entity, for the annual
 * report's readers (ANALYST and above); the restricted properties of the entries' states are hidden
 * from users not cleared for them where every audit entry's are ({@code @recordedState}).
 */
@Controller
class ChangesController {

	/** More changes than this in one period are refused: the period is to be narrowed. */
	static final int MAX_CHANGES = 10_000;

	private final AuditTrailQueries trail;

	private final Access access;

	private final Clock clock;

	ChangesController(AuditTrailQueries trail, Access access, Clock clock) {
		this.trail = trail;
		this.access = access;
		this.clock = clock;
	}

	@QueryMapping
	List<EntityChanges> changes(@Argument OffsetDateTime since, @Argument OffsetDateTime until) {
		access.require(Role.ANALYST, "reading the changes of a period");
		OffsetDateTime end = (until != null) ? until : OffsetDateTime.now(clock);
		if (!end.isAfter(since)) {
			throw new BadRequestException("until", "must be after since");
		}
		List<AuditEntry> entries = trail.between(since, end, MAX_CHANGES + 1);
		if (entries.size() > MAX_CHANGES) {
			throw new BadRequestException("since", "more than " + MAX_CHANGES + " changes in the period: narrow it");
		}
		// by label, then key; null sorts first (a change recorded without an entity)
		Map<String, EntityChanges> grouped = new TreeMap<>();
		for (AuditEntry entry : entries) {
			grouped.computeIfAbsent(entry.entityType() + "\u0000" + entry.entityKey(),
					k -> new EntityChanges(entry.entityType(), entry.entityKey(), new ArrayList<>()))
				.changes()
				.add(entry);
		}
		return new ArrayList<>(grouped.values());
	}

	/** The changes of one entity in the period, oldest first. */
	record EntityChanges(String entityType, String entityKey, List<AuditEntry> changes) {
	}

}
