package org.liaisongraph.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sea distances between two points, along the MARNET maritime network that Eurostat's SeaRoute
 * ships in {@code searoute-core} (EUPL-1.2). Each point joins the network at its nearest vertex by a
 * great-circle leg. The network is read on first use, once; the path of each pair of points is
 * computed once.
 */
@Component
public class SeaDistances {

	private static final Logger log = LoggerFactory.getLogger(SeaDistances.class);

	/** The finest of the bundled resolutions; even so it loads in well under a second and a few MB. */
	static final String MARNET = "marnet/marnet_plus_5km.gpkg";

	/** Far more than the legs of any dataset; only ports moved many times could fill it. */
	private static final int MAX_CACHED_PATHS = 10_000;

	private final Object loading = new Object();

	private final Map<Ends, Optional<List<List<Double>>>> paths = new ConcurrentHashMap<>();

	private volatile MarnetNetwork network;

	/**
	 * The sea distance in nautical miles, to 0.1 nm, or empty if the network does not join the two
	 * points.
	 */
	public OptionalDouble distanceNm(double lat1, double lon1, double lat2, double lon2) {
		return passage(lat1, lon1, lat2, lon2)
			.map(passage -> OptionalDouble.of(Math.round(passage.nm() * 10) / 10.0))
			.orElseGet(OptionalDouble::empty);
	}

	/**
	 * The points of the sea path that {@link #distanceNm} measures, each [longitude, latitude] in
	 * degrees, from the first point to the second, or empty if the network does not join them.
	 * Longitudes stay within -180..180, so a path across the antimeridian jumps from one end of that
	 * range to the other. Each path is computed once: it depends on the two positions only, so a port
	 * that moves is simply looked up under its new position.
	 */
	public Optional<List<List<Double>>> path(double lat1, double lon1, double lat2, double lon2) {
		if (paths.size() > MAX_CACHED_PATHS) {
			paths.clear();
		}
		return paths.computeIfAbsent(new Ends(lat1, lon1, lat2, lon2),
				ends -> passage(lat1, lon1, lat2, lon2).map(Passage::points));
	}

	/** The great-circle distance in nautical miles, as the network measures its segments. */
	public static double greatCircleNm(double lat1, double lon1, double lat2, double lon2) {
		return MarnetNetwork.haversineNm(lat1, lon1, lat2, lon2);
	}

	/** As SeaRoute does: each point joins the network at its nearest vertex, unless they are nearer each other. */
	private Optional<Passage> passage(double lat1, double lon1, double lat2, double lon2) {
		checkPosition(lat1, lon1);
		checkPosition(lat2, lon2);
		MarnetNetwork marnet = network();
		int from = marnet.nearestVertex(lat1, lon1);
		int to = marnet.nearestVertex(lat2, lon2);
		double accessNm = MarnetNetwork.haversineNm(lat1, lon1, marnet.lat(from), marnet.lon(from))
				+ MarnetNetwork.haversineNm(lat2, lon2, marnet.lat(to), marnet.lon(to));
		double directNm = MarnetNetwork.haversineNm(lat1, lon1, lat2, lon2);
		List<List<Double>> points = new ArrayList<>();
		points.add(List.of(lon1, lat1));
		// points nearer each other than the network are taken to share the same waters
		if (directNm <= accessNm) {
			points.add(List.of(lon2, lat2));
			return Optional.of(new Passage(directNm, points));
		}
		MarnetNetwork.SeaPath path = marnet.shortestPath(from, to);
		if (Double.isInfinite(path.nm())) {
			return Optional.empty();
		}
		for (int vertex : path.vertices()) {
			points.add(List.of(marnet.lon(vertex), marnet.lat(vertex)));
		}
		points.add(List.of(lon2, lat2));
		return Optional.of(new Passage(accessNm + path.nm(), List.copyOf(points)));
	}

	private record Ends(double lat1, double lon1, double lat2, double lon2) {
	}

	private record Passage(double nm, List<List<Double>> points) {
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
