package org.liaisongraph.sanction;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A measure against a state judged negligent in the fight against drug trafficking. */
@Node("SanctionMeasure")
public record SanctionMeasure(@Id String id, SanctionKind kind, SanctionStatus status, LocalDate adoptedOn,
		LocalDate liftedOn, LocalDate reviewBy, String legalBasis, String reason, Long version) {
}
