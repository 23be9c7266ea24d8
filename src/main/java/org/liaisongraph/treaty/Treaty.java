package org.liaisongraph.treaty;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A treaty, agreement or memorandum. {@code status} is today's; the dates decide any other day. */
@Node("Treaty")
public record Treaty(@Id String id, String title, TreatyKind kind, TreatyStatus status, LocalDate signedOn,
		LocalDate inForceFrom, LocalDate terminatedOn, Long version) {

	/**
	 * In force on a date: entered into force on or before it, not terminated on or before it, and
	 * not suspended.
	 */
	public boolean inForceOn(LocalDate date) {
		return inForceFrom != null && !inForceFrom.isAfter(date) && (terminatedOn == null || terminatedOn.isAfter(date))
				&& status != TreatyStatus.SUSPENDED;
	}

}
