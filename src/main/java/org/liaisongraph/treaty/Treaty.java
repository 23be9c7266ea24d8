package org.liaisongraph.treaty;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A treaty, agreement or memorandum. {@code status} is today's; the dates decide any other day, by
 * the rule of {@code queries/fragments/treaty-in-force.cypher}.
 */
@Node("Treaty")
public record Treaty(@Id String id, String title, TreatyKind kind, TreatyStatus status, LocalDate signedOn,
		LocalDate inForceFrom, LocalDate terminatedOn, Long version) {
}
