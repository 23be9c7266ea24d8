package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.route.Seizure;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.sanction.SanctionMeasure;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Treaty;

/**
 * A state meeting every negligence criterion, with the evidence for each.
 *
 * @param rating           the corruption rating below the threshold
 * @param seized           the seizures of the year of consignments shipped from the state or its ports, as its total
 * @param seizures         the largest of them, as many as the client asked for (none when it asked for none)
 * @param treatiesChecked  bilateral treaties in force on the date asked, none with a cooperation clause
 * @param proposedMeasures measures proposed against the state, not adopted
 * @param criteria         each criterion with the facts it was judged on
 */
public record SanctionCandidate(State state, int year, CountryPriority.Rating rating, SeizedTotal seized,
		List<Seizure> seizures, List<Treaty> treatiesChecked, List<SanctionMeasure> proposedMeasures,
		List<Criterion> criteria) implements SeizedInYear {

	/** The criteria a candidate meets, in the order they are checked. */
	enum CriterionKind {

		/** A corruption score below the threshold. */
		LOW_CORRUPTION_SCORE,
		/** At least the threshold in kg seized of consignments shipped from the state or its ports. */
		SEIZED_SHIPPED_FROM,
		/** No bilateral treaty in force with a cooperation clause. */
		NO_COOPERATION_TREATY,
		/** No measure adopted against the state on the date. */
		NO_MEASURE_ADOPTED

	}

	/** One criterion met, and the facts it was judged on, graded. */
	record Criterion(CriterionKind criterion, List<UsedFact> facts) {
	}

	SanctionCandidate withSeizures(List<Seizure> largest) {
		return new SanctionCandidate(state, year, rating, seized, largest, treatiesChecked, proposedMeasures, criteria);
	}

	/** The weakest grade of the facts its criteria used. */
	public String grade() {
		return UsedFact.grade(criteria.stream().flatMap(c -> c.facts().stream()).toList());
	}

	public boolean illustrative() {
		return Provenance.illustrative(grade());
	}

}
