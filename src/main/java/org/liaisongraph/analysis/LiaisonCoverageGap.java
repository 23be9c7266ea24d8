package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.liaison.LiaisonOfficer;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.state.State;

/**
 * A port upstream of the destination with no officer of the home state posted on the date.
 *
 * @param officersAtOtherTimes the home state's officers posted there before or after the date
 */
public record LiaisonCoverageGap(Port port, State state, List<TraffickingRoute> routes, double seizedKgShippedFrom,
		List<LiaisonOfficer> officersAtOtherTimes) {

	public int routeCount() {
		return routes.size();
	}

}
