package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.port.Port;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.source.Provenance;

/**
 * A path over route legs toward the target port.
 *
 * @param distanceNm total sea distance, null when any leg has none
 */
record RoutesBetweenPath(List<Port> ports, List<RoutesBetweenLeg> legs, Double distanceNm, List<UsedFact> facts) {

	/** The weakest grade of the facts the row used. */
	public String grade() {
		return UsedFact.grade(facts);
	}

	public boolean illustrative() {
		return Provenance.illustrative(grade());
	}

	public int legCount() {
		return legs.size();
	}

	/** The routes the path uses, each once, in the order the path first takes them. */
	public List<TraffickingRoute> routes() {
		return legs.stream().map(RoutesBetweenLeg::route).distinct().toList();
	}

}
