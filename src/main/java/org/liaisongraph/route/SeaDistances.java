package org.liaisongraph.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sea distances between two points, along the MARNET maritime network that Eurostat's SeaRoute
 * ships in {@code searoute-core} (EUPL-1.2). Each point joins the network at its nearest vertex by a
 * great-circle leg. The network is read on first use, once.
 */
@Component
public class SeaDistances {

	private static final Logger log = LoggerFactory.getLogger(SeaDistances.class);

	/** The finest of the bundled resolutions; even so it loads in well under a second and a few MB. */
	static final String MARNET = "marnet/marnet_plus_5km.gpkg";

	private final Object loading = new Object();

	private volatile MarnetNetwork network;

	/**
	 * The sea distance in nautical miles, to 0.1 nm, or empty if the network does not join the two
	 * points.
	 */
	public OptionalDouble distanceNm(double lat1, double lon1, double lat2, double lon2) {
		checkPosition(lat1, lon1);
		checkPosition(lat2, lon2);
		MarnetNetwork marnet = network();
		int from = marnet.nearestVertex(lat1, lon1);
		int to = marnet.nearestVertex(lat2, lon2);
		double accessNm = MarnetNetwork.haversineNm(lat1, lon1, marnet.lat(from), marnet.lon(from))
				+ MarnetNetwork.haversineNm(lat2, lon2, marnet.lat(to), marnet.lon(to));
		double directNm = MarnetNetwork.haversineNm(lat1, lon1, lat2, lon2);
		// as SeaRoute does: points nearer each other than the network are taken to share the same waters
		double nm = directNm <= accessNm ? directNm : accessNm + marnet.shortestNm(from, to);
		return Double.isInfinite(nm) ? OptionalDouble.empty() : OptionalDouble.of(Math.round(nm * 10) / 10.0);
	}

	/**
	 * The sea path between two points as {latitude, longitude} pairs from the first to the second,
	 * through the MARNET vertices between them as {@link #distanceNm} measures it; empty if the
	 * network does not join the two points.
	 */
	public Optional<List<double[]>> seaPath(double lat1, double lon1, double lat2, double lon2) {
		checkPosition(lat1, lon1);
		checkPosition(lat2, lon2);
		MarnetNetwork marnet = network();
		int from = marnet.nearestVertex(lat1, lon1);
		int to = marnet.nearestVertex(lat2, lon2);
		List<double[]> path = new ArrayList<>();
		path.add(new double[] { lat1, lon1 });
		double accessNm = MarnetNetwork.haversineNm(lat1, lon1, marnet.lat(from), marnet.lon(from))
				+ MarnetNetwork.haversineNm(lat2, lon2, marnet.lat(to), marnet.lon(to));
		if (MarnetNetwork.haversineNm(lat1, lon1, lat2, lon2) > accessNm) {
			int[] vertices = marnet.shortestPath(from, to);
			if (vertices == null) {
				return Optional.empty();
			}
			for (int v : vertices) {
				path.add(new double[] { marnet.lat(v), marnet.lon(v) });
			}
		}
		path.add(new double[] { lat2, lon2 });
		return Optional.of(path);
	}

	/** The great-circle distance in nautical miles, as the network measures its segments. */
	public static double greatCircleNm(double lat1, double lon1, double lat2, double lon2) {
		return MarnetNetwork.haversineNm(lat1, lon1, lat2, lon2);
	}

	private MarnetNetwork network() {
		MarnetNetwork loaded = network;
		if (loaded == null) {
			synchronized (loading) {
				loaded = network;
				if (loaded == null) {
					long start = System.nanoTime();
					loaded = MarnetNetwork.load(MARNET);
					log.info("Loaded the MARNET sea network {}: {} vertices, {} segments in {} ms", MARNET,
							loaded.vertexCount(), loaded.edgeCount(), (System.nanoTime() - start) / 1_000_000);
					network = loaded;
				}
			}
		}
		return loaded;
	}

	private static void checkPosition(double lat, double lon) {
		if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
			throw new IllegalArgumentException("Not a position: " + lat + ", " + lon);
		}
	}

}
