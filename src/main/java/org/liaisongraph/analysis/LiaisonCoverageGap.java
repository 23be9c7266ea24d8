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
 * @param routes empty, as {@code facts}, when the answer was read without them
 * @param routeCount the number of routes, read in every case
 * @param officersAtOtherTimes the home state's officers posted there before or after the date
 */
public record LiaisonCoverageGap(Port port, State state, List<TraffickingRoute> routes, int routeCount,
		double seizedKgShippedFrom, List<LiaisonOfficer> officersAtOtherTimes, List<UsedFact> facts) {

	/** The weakest grade of the facts the row used. */
	public String grade() {
		return UsedFact.grade(facts);
	}

	public boolean illustrative() {
		return Provenance.illustrative(grade());
	}

}
