package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.route.Seizure;
import org.liaisongraph.sanction.SanctionMeasure;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Treaty;

/**
 * A state meeting every negligence criterion, with the evidence for each.
 *
 * @param rating           the corruption rating below the threshold
 * @param seizedKg         kg seized in the year of consignments shipped from the state's ports
 * @param treatiesChecked  bilateral treaties in force on the date asked, none with a cooperation clause
 * @param proposedMeasures measures proposed against the state, not adopted
 */
record SanctionCandidate(State state, int year, CountryPriority.Rating rating, double seizedKg,
		List<Seizure> seizures, List<Treaty> treatiesChecked, List<SanctionMeasure> proposedMeasures) {
}
