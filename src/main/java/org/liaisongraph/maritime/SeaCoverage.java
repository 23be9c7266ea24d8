package org.liaisongraph.maritime;

import java.util.List;

import org.liaisongraph.port.Port;
import org.liaisongraph.route.TraffickingRoute;

/**
 * How much of a route's sea legs deployed assets watched in a period: in all and by asset kind,
 * leg by leg with the stretches watched and those no one watched, and the deployments counted.
 * Within a sea area, only the legs' stretches inside it count.
 *
 * @param leftOut deployments still operational that a user not cleared does not see, left out
 */
record SeaCoverage(TraffickingRoute route, double seaNm, double watchedNm, double watchedShare,
		List<KindCoverage> byKind, List<LegCoverage> legs, List<Deployment> deployments, int leftOut) {

	/** What the assets of one kind watched. */
	record KindCoverage(AssetKind kind, double watchedNm, double watchedShare) {
	}

	/** One leg: its sea length, what was watched of it, and the watched and unwatched stretches in order. */
	record LegCoverage(Port from, Port to, int seq, double seaNm, double watchedNm, double watchedShare,
			List<SeaStretch> watched, List<SeaStretch> unwatched) {
	}

	/**
	 * A stretch of a sea path from one position to another, its length, and its points, each
	 * [longitude, latitude].
	 */
	record SeaStretch(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude, double nm,
			List<List<Double>> geometry) {
	}

	static double share(double part, double whole) {
		return whole > 0 ? Math.round(part / whole * 1000) / 1000.0 : 0;
	}

	static double round(double nm) {
		return Math.round(nm * 10) / 10.0;
	}

}
