package org.liaisongraph.maritime;

import java.util.List;

/**
 * How much of the sea legs crossing an area deployed assets watched in a period: the legs' stretches
 * inside the area, each leg once however many routes sail it, in all and by asset kind, leg by leg,
 * and route by route.
 *
 * @param area     the named area, null for a boundary the user gave
 * @param boundary the area's closed ring of [longitude, latitude] points
 * @param leftOut  deployments still operational that a user not cleared does not see, left out
 */
record SeaAreaCoverage(SeaArea area, List<List<Double>> boundary, double seaNm, double watchedNm,
		double watchedShare, List<SeaCoverage.KindCoverage> byKind, List<SeaCoverage.LegCoverage> legs,
		List<SeaCoverage> routes, List<Deployment> deployments, int leftOut) {
}
