package org.liaisongraph.maritime;

import java.time.Clock;
import java.time.LocalDate;

import org.liaisongraph.api.RestrictedClearance;
import org.springframework.stereotype.Component;

/**
 * What the current user may see of Defence's operations and integrity figures: everything when
 * cleared for restricted fields, otherwise no deployment younger than the operational age and no
 * integrity count under the aggregation threshold ({@link MaritimeProperties}).
 */
@Component
class Clearance {

	private final RestrictedClearance access;

	private final MaritimeProperties properties;

	private final Clock clock;

	Clearance(RestrictedClearance access, MaritimeProperties properties, Clock clock) {
		this.access = access;
		this.properties = properties;
		this.clock = clock;
	}

	/** The first day of the deployments still operational, hidden from the user; null when cleared. */
	LocalDate operationalSince() {
		return access.clearedForRestricted() ? null : publishedOperationalSince();
	}

	/** The first day of the deployments still operational, hidden from what is published. */
	LocalDate publishedOperationalSince() {
		return LocalDate.now(clock).minus(properties.operationalAge());
	}

	/** The smallest integrity count the user may read; 0 when cleared. */
	int integrityThreshold() {
		return access.clearedForRestricted() ? 0 : publishedIntegrityThreshold();
	}

	/** The smallest integrity count that may be published. */
	int publishedIntegrityThreshold() {
		return properties.integrityThreshold();
	}

}
