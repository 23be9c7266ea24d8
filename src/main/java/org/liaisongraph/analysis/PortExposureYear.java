package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.route.Seizure;

/**
 * One year of seizures at a port or shipped from it, read from the port's yearly total; a seizure
 * that is both counts once in {@code totalKg}.
 *
 * @param seized   the year's total, invented seizures included
 * @param seizures its largest seizures, as many as the client asked for (none when it asked for none)
 */
record PortExposureYear(double seizedAtKg, double shippedFromKg, SeizedTotal seized, List<Seizure> seizures) {

	public int year() {
		return seized.year();
	}

	public double totalKg() {
		return seized.kg();
	}

	public int seizureCount() {
		return seized.count();
	}

	/** The year's total as the one fact it stands on. */
	public List<UsedFact> facts() {
		return List.of(seized.fact());
	}

}
