package org.liaisongraph.liaison;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An officer of the home state posted abroad; {@code name} is restricted information. Whether the
 * officer is posted on a date is the rule of {@code queries/fragments/officer-posted.cypher}.
 */
@Node("LiaisonOfficer")
public record LiaisonOfficer(@Id String id, OfficerRole role, String name, LocalDate since, LocalDate until, Long version) {
}
