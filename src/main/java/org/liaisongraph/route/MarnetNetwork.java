package org.liaisongraph.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sqlite.SQLiteConfig;

/**
 * The MARNET maritime network (Eurostat SeaRoute, EUPL-1.2) as an immutable undirected graph: one
 * vertex per distinct line vertex, one edge per line segment weighted by its great-circle length in
 * nautical miles. Safe for concurrent use once built.
 */
final class MarnetNetwork {

	static final double EARTH_RADIUS_NM = 3440.065;

	/**
	 * Leaves out the passages that SeaRoute itself leaves out of its default routes: the Arctic ones
	 * are seasonal and ice-bound, the Kiel and Corinth canals take small ships only.
	 */
	private static final String LINES = """
			SELECT geometry FROM "type"
			WHERE geometry IS NOT NULL
			  AND (pass IS NULL OR pass NOT IN ('northwest', 'northeast', 'kiel', 'corinth'))""";

	private static final ItemDistance PLANAR = (a, b) -> ((Envelope) a.getBounds())
		.distance((Envelope) b.getBounds());

	private final double[] lat;

	private final double[] lon;

	/** Adjacency in compressed form: the edges of vertex v are {@code edgeStart[v]..edgeStart[v+1]}. */
	private final int[] edgeStart;

	private final int[] edgeTarget;

	private final double[] edgeNm;

	/** Vertex ids by position, in degrees. */
	private final STRtree index = new STRtree();

	private MarnetNetwork(double[] lat, double[] lon, int[] edgeStart, int[] edgeTarget, double[] edgeNm) {
		this.lat = lat;
		this.lon = lon;
		this.edgeStart = edgeStart;
		this.edgeTarget = edgeTarget;
		this.edgeNm = edgeNm;
		for (int v = 0; v < lat.length; v++) {
			index.insert(new Envelope(lon[v], lon[v], lat[v], lat[v]), v);
		}
		// building now keeps later queries read-only, hence thread-safe
		index.build();
	}

	/** Reads the lines of the GeoPackage on the classpath at {@code resource}. */
	static MarnetNetwork load(String resource) {
		try {
			// SQLite opens files only, not jar entries
			Path file = Files.createTempFile("marnet", ".gpkg");
			try {
				try (InputStream in = MarnetNetwork.class.getClassLoader().getResourceAsStream(resource)) {
					if (in == null) {
						throw new IllegalStateException(resource + " is not on the classpath");
					}
					Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
				}
				return read(file);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the MARNET network " + resource, ex);
		}
	}

	private static MarnetNetwork read(Path file) throws IOException {
		SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(true);
		Builder builder = new Builder();
		WKBReader wkb = new WKBReader();
		try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(LINES)) {
			while (rows.next()) {
				builder.add(wkb.read(standardWkb(rows.getBytes(1))));
			}
		}
		catch (SQLException | ParseException ex) {
			throw new IOException(ex);
		}
		return builder.build();
	}

	/**
	 * Strips the GeoPackage binary header: "GP", version, flags, srs_id, then an envelope whose size
	 * the flags give. What follows is standard WKB, which carries its own byte order.
	 */
	private static byte[] standardWkb(byte[] blob) throws ParseException {
		if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
			throw new ParseException("Not a GeoPackage geometry");
		}
		int flags = blob[3];
		if ((flags & 0x20) != 0) {
			throw new ParseException("Extended GeoPackage geometries are not supported");
		}
		int envelopeDoubles = switch ((flags >> 1) & 0x07) {
			case 0 -> 0;
			case 1 -> 4;
			case 2, 3 -> 6;
			case 4 -> 8;
			default -> throw new ParseException("Invalid GeoPackage envelope indicator in flags " + flags);
		};
		return Arrays.copyOfRange(blob, 8 + 8 * envelopeDoubles, blob.length);
	}

	static double haversineNm(double lat1, double lon1, double lat2, double lon2) {
		double sinLat = Math.sin(Math.toRadians(lat2 - lat1) / 2);
		double sinLon = Math.sin(Math.toRadians(lon2 - lon1) / 2);
		double a = sinLat * sinLat
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * sinLon * sinLon;
		return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	int vertexCount() {
		return lat.length;
	}

	int edgeCount() {
		return edgeTarget.length / 2;
	}

	double lat(int vertex) {
		return lat[vertex];
	}

	double lon(int vertex) {
		return lon[vertex];
	}

	/** The vertex nearest to the point by great-circle distance. */
	int nearestVertex(double latitude, double longitude) {
		double lonN = normalizeLon(longitude);
		// the planar nearest in degrees bounds the search radius; the exact nearest lies within it
		int guess = (Integer) index.nearestNeighbour(new Envelope(lonN, lonN, latitude, latitude), null, PLANAR);
		double radius = haversineNm(latitude, lonN, lat[guess], lon[guess]) / EARTH_RADIUS_NM;
		double dLat = Math.toDegrees(radius);
		double dLon = Math.abs(latitude) + dLat >= 90 ? 180
				: Math.toDegrees(Math.asin(Math.sin(radius) / Math.cos(Math.toRadians(latitude))));
		int[] best = { guess };
		double[] bestNm = { haversineNm(latitude, lonN, lat[guess], lon[guess]) };
		// the shifted boxes cover a search circle that crosses the antimeridian
		for (double shift : new double[] { -360, 0, 360 }) {
			index.query(new Envelope(lonN - dLon + shift, lonN + dLon + shift, latitude - dLat, latitude + dLat),
					item -> {
						int v = (Integer) item;
						double nm = haversineNm(latitude, lonN, lat[v], lon[v]);
						if (nm < bestNm[0]) {
							bestNm[0] = nm;
							best[0] = v;
						}
					});
		}
		return best[0];
	}

	/** A* with the great-circle distance as heuristic; infinite when {@code to} cannot be reached. */
	double shortestNm(int from, int to) {
		return search(from, to, null);
	}

	/** The vertices of a shortest path from {@code from} to {@code to}, both included; null when unreachable. */
	int[] shortestPath(int from, int to) {
		int[] previous = new int[lat.length];
		if (Double.isInfinite(search(from, to, previous))) {
			return null;
		}
		int count = 1;
		for (int v = to; v != from; v = previous[v]) {
			count++;
		}
		int[] path = new int[count];
		int v = to;
		for (int i = count - 1; i > 0; i--) {
			path[i] = v;
			v = previous[v];
		}
		path[0] = from;
		return path;
	}

	/** The length of a shortest path, recording in {@code previous} (if given) each vertex's predecessor on it. */
	private double search(int from, int to, int[] previous) {
		double[] reached = new double[lat.length];
		Arrays.fill(reached, Double.POSITIVE_INFINITY);
		boolean[] settled = new boolean[lat.length];
		PriorityQueue<Step> open = new PriorityQueue<>();
		reached[from] = 0;
		open.add(new Step(from, estimateNm(from, to)));
		while (!open.isEmpty()) {
			int v = open.poll().vertex();
			if (v == to) {
				return reached[to];
			}
			if (settled[v]) {
				continue;
			}
			settled[v] = true;
			for (int e = edgeStart[v]; e < edgeStart[v + 1]; e++) {
				int w = edgeTarget[e];
				double nm = reached[v] + edgeNm[e];
				if (nm < reached[w]) {
					reached[w] = nm;
					if (previous != null) {
						previous[w] = v;
					}
					open.add(new Step(w, nm + estimateNm(w, to)));
				}
			}
		}
		return Double.POSITIVE_INFINITY;
	}

	private double estimateNm(int from, int to) {
		return haversineNm(lat[from], lon[from], lat[to], lon[to]);
	}

	/** Longitudes in [-180, 180), so that vertices at 180 and -180 become one. */
	private static double normalizeLon(double longitude) {
		return longitude - 360 * Math.floor((longitude + 180) / 360);
	}

	/** A vertex to visit, with a lower bound of the length of routes through it. */
	private record Step(int vertex, double boundNm) implements Comparable<Step> {

		@Override
		public int compareTo(Step other) {
			return Double.compare(boundNm, other.boundNm);
		}

	}

	/** Collects vertices and segments; points that round to the same 1e-6 degrees are one vertex. */
	private static final class Builder {

		private final Map<Long, Integer> vertexIds = new HashMap<>();

		private double[] lat = new double[1 << 14];

		private double[] lon = new double[1 << 14];

		private int[] edgeFrom = new int[1 << 15];

		private int[] edgeTo = new int[1 << 15];

		private int edges;

		void add(Geometry lines) {
			for (int i = 0; i < lines.getNumGeometries(); i++) {
				if (lines.getGeometryN(i) instanceof LineString line) {
					Coordinate[] points = line.getCoordinates();
					for (int p = 1; p < points.length; p++) {
						addEdge(vertex(points[p - 1]), vertex(points[p]));
					}
				}
			}
		}

		private int vertex(Coordinate point) {
			long latE6 = Math.round(point.y * 1e6);
			// MARNET has longitudes a little past 180 and lines ending on both sides of the antimeridian
			long lonE6 = Math.floorMod(Math.round(point.x * 1e6) + 180_000_000L, 360_000_000L) - 180_000_000L;
			return vertexIds.computeIfAbsent((latE6 << 32) | (lonE6 & 0xFFFFFFFFL), key -> {
				int id = vertexIds.size();
				if (id == lat.length) {
					lat = Arrays.copyOf(lat, 2 * id);
					lon = Arrays.copyOf(lon, 2 * id);
				}
				lat[id] = latE6 / 1e6;
				lon[id] = lonE6 / 1e6;
				return id;
			});
		}

		private void addEdge(int from, int to) {
			if (from == to) {
				return;
			}
			if (edges == edgeFrom.length) {
				edgeFrom = Arrays.copyOf(edgeFrom, 2 * edges);
				edgeTo = Arrays.copyOf(edgeTo, 2 * edges);
			}
			edgeFrom[edges] = from;
			edgeTo[edges] = to;
			edges++;
		}

		MarnetNetwork build() {
			int vertices = vertexIds.size();
			int[] start = new int[vertices + 1];
			for (int e = 0; e < edges; e++) {
				start[edgeFrom[e] + 1]++;
				start[edgeTo[e] + 1]++;
			}
			for (int v = 0; v < vertices; v++) {
				start[v + 1] += start[v];
			}
			int[] next = Arrays.copyOf(start, vertices);
			int[] target = new int[2 * edges];
			double[] nm = new double[2 * edges];
			for (int e = 0; e < edges; e++) {
				int a = edgeFrom[e];
				int b = edgeTo[e];
				double length = haversineNm(lat[a], lon[a], lat[b], lon[b]);
				target[next[a]] = b;
				nm[next[a]++] = length;
				target[next[b]] = a;
				nm[next[b]++] = length;
			}
			return new MarnetNetwork(Arrays.copyOf(lat, vertices), Arrays.copyOf(lon, vertices), start, target, nm);
		}

	}

}
