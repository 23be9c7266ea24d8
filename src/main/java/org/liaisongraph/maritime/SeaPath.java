package org.liaisongraph.maritime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.liaisongraph.route.SeaDistances;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * A leg's sea path as a JTS line in degrees (x longitude, y latitude), and where it crosses each
 * area it was asked about, kept: a path with thousands of points clipped by a polygon is the costly
 * part of {@code seaCoverage}, and both the path and a deployment's area rarely change.
 */
final class SeaPath {

	/** Far more areas than a dataset's deployments and named areas; only many edited boxes could fill it. */
	private static final int MAX_CACHED_AREAS = 1_000;

	private final LineString line;

	private final LengthIndexedLine along;

	private final Map<Object, Spans> crossings = new ConcurrentHashMap<>();

	SeaPath(LineString line) {
		this.line = line;
		this.along = new LengthIndexedLine(line);
	}

	/** The whole path. */
	Spans whole() {
		return Spans.of(along.getStartIndex(), along.getEndIndex());
	}

	/** Whether the path's box meets the area's: most paths are far from most areas. */
	private boolean near(SeaAreas.Shape area) {
		return line.getEnvelopeInternal().intersects(area.geometry().getEnvelopeInternal());
	}

	/** The stretches inside an area, clipped once per area that has a key (a user's boundary has none). */
	Spans inside(SeaAreas.Shape area) {
		if (!near(area)) {
			return Spans.NONE;
		}
		if (area.key() == null) {
			return clip(area.prepared());
		}
		if (crossings.size() > MAX_CACHED_AREAS) {
			crossings.clear();
		}
		return crossings.computeIfAbsent(area.key(), key -> clip(area.prepared()));
	}

	private Spans clip(PreparedGeometry area) {
		if (area.containsProperly(line)) {
			return whole();
		}
		Geometry pieces = line.intersection(area.getGeometry());
		List<double[]> intervals = new ArrayList<>();
		for (int g = 0; g < pieces.getNumGeometries(); g++) {
			if (pieces.getGeometryN(g) instanceof LineString piece && !piece.isEmpty()) {
				intervals.add(along.indicesOf(piece));
			}
		}
		return Spans.union(intervals);
	}

	/** The great-circle length of some stretches, nautical miles. */
	double nm(Spans spans) {
		double nm = 0;
		for (double[] span : spans.intervals()) {
			nm += lengthNm(along.extractLine(span[0], span[1]).getCoordinates());
		}
		return nm;
	}

	/** Each stretch with its ends, its points and its length, in order along the path. */
	List<SeaCoverage.SeaStretch> stretches(Spans spans) {
		List<SeaCoverage.SeaStretch> stretches = new ArrayList<>();
		for (double[] span : spans.intervals()) {
			Coordinate[] points = along.extractLine(span[0], span[1]).getCoordinates();
			List<List<Double>> geometry = Arrays.stream(points)
				.map(p -> List.of(degrees(p.x), degrees(p.y)))
				.toList();
			Coordinate start = points[0];
			Coordinate end = points[points.length - 1];
			stretches.add(new SeaCoverage.SeaStretch(degrees(start.y), degrees(start.x), degrees(end.y), degrees(end.x),
					SeaCoverage.round(lengthNm(points)), geometry));
		}
		return stretches;
	}

	private static double lengthNm(Coordinate[] points) {
		double nm = 0;
		for (int i = 1; i < points.length; i++) {
			nm += SeaDistances.greatCircleNm(points[i - 1].y, points[i - 1].x, points[i].y, points[i].x);
		}
		return nm;
	}

	/** To a millionth of a degree (about 0.1 m): cut points carry the rounding of the interpolation. */
	private static double degrees(double value) {
		return Math.round(value * 1e6) / 1e6;
	}

}
