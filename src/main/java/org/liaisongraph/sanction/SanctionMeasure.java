package org.liaisongraph.sanction;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A measure against a state judged negligent in the fight against drug trafficking.
 *
 * @param proposedOn the day it was proposed; null where the sources do not say
 */
@Node("SanctionMeasure")
public record SanctionMeasure(@Id String id, SanctionKind kind, SanctionStatus status, LocalDate proposedOn,
		LocalDate adoptedOn, LocalDate liftedOn, LocalDate reviewBy, String legalBasis, String reason, Long version) {

	/**
	 * Whether the measure was adopted and not lifted on the date. The status is today's, so the dates
	 * decide other days: a measure lifted since was in force before its lifting. No Cypher needs
	 * this rule, so Java is its one home.
	 */
	public boolean adoptedOn(LocalDate date) {
		boolean adoptedToday = status == SanctionStatus.ADOPTED;
		if (!adoptedToday && status != SanctionStatus.LIFTED) {
			return false;
		}
		boolean adopted = (adoptedOn != null) ? !adoptedOn.isAfter(date) : adoptedToday;
		boolean lifted = (liftedOn != null) ? !liftedOn.isAfter(date) : !adoptedToday;
		return adopted && !lifted;
	}

}
