package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.route.Seizure;

/**
 * One year of seizures at a port or shipped from it; a seizure that is both counts once in
 * {@code totalKg}.
 */
record PortExposureYear(int year, double seizedAtKg, double shippedFromKg, double totalKg, List<Seizure> seizures,
		List<UsedFact> facts) {
}
