package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.liaison.LiaisonOfficer;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.state.State;
import org.liaisongraph.source.Provenance;

/**
 * A port upstream of the destination with no officer of the home state posted on the date.
 *
 * @param officersAtOtherTimes the home state's officers posted there before or after the date
 */
record LiaisonCoverageGap(Port port, State state, List<TraffickingRoute> routes, double seizedKgShippedFrom,
		List<LiaisonOfficer> officersAtOtherTimes, List<UsedFact> facts) {

	/** The weakest grade of the facts the row used. */
	public String grade() {
		return UsedFact.grade(facts);
	}

	public boolean illustrative() {
		return Provenance.illustrative(grade());
	}

	public int routeCount() {
		return routes.size();
	}

}
