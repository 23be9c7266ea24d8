package org.liaisongraph.analysis;

import org.liaisongraph.api.BadRequestException;

/** The {@code PriorityWeights} input: one weight per factor, defaults in the schema. */
public record CountryPrioritiesWeights(double routeExposure, double seizedShippedFrom, double corruption, double treatyGaps,
		double readmissionGap, double liaisonGap, double sanctions) {

	/** The defaults of the schema's {@code PriorityWeights}. */
	public static final CountryPrioritiesWeights DEFAULTS = new CountryPrioritiesWeights(3, 3, 2, 2, 2, 1, 1);

	double of(CountryPriority.Factor factor) {
		return switch (factor) {
			case ROUTE_EXPOSURE -> routeExposure;
			case SEIZED_SHIPPED_FROM -> seizedShippedFrom;
			case CORRUPTION -> corruption;
			case TREATY_GAPS -> treatyGaps;
			case READMISSION_GAP -> readmissionGap;
			case LIAISON_GAP -> liaisonGap;
			case SANCTIONS -> sanctions;
		};
	}

	CountryPrioritiesWeights checked() {
		for (var factor : CountryPriority.Factor.values()) {
			if (of(factor) < 0) {
				throw new BadRequestException("weights." + factor.weightField, "must not be negative, was " + of(factor));
			}
		}
		return this;
	}

}
