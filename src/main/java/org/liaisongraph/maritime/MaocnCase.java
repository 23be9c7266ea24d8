package org.liaisongraph.maritime;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A case referred to MAOC-N for interception, and its outcome. */
@Node("MaocnCase")
public record MaocnCase(@Id String id, LocalDate referredOn, CaseOutcome outcome, Long version) implements MaritimeFact {
}
