package org.liaisongraph.maritime;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.liaisongraph.api.BadRequestException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The areas sea paths are clipped by, as JTS polygons in degrees (x longitude, y latitude): a
 * deployment's box, a named {@link SeaArea}, or a boundary a user gives.
 */
final class SeaAreas {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private static final Map<SeaArea, Shape> NAMED = new EnumMap<>(SeaArea.class);

	static {
		for (SeaArea area : SeaArea.values()) {
			NAMED.put(area, shape(area, ring(area.boundary())));
		}
	}

	/**
	 * An area. {@code key} says which area it is for the clips each path keeps; null for a user's
	 * boundary, which is clipped afresh each time so that no input fills memory.
	 */
	record Shape(Object key, Geometry geometry, PreparedGeometry prepared) {
	}

	private SeaAreas() {
	}

	static Shape named(SeaArea area) {
		return NAMED.get(area);
	}

	/** A box of latitudes and longitudes, which is exactly a rectangle in degrees. */
	static Shape box(double south, double west, double north, double east) {
		return shape(List.of(south, west, north, east),
				GEOMETRY.toGeometry(new Envelope(west, east, south, north)));
	}

	/**
	 * A user's boundary: three points or more, [longitude, latitude] each, closed if it is not.
	 * @throws BadRequestException when it is not a simple polygon on the globe
	 */
	static Shape boundary(List<List<Double>> points) {
		if (points.size() < 3 || points.stream().anyMatch(p -> p.size() != 2 || Math.abs(p.get(0)) > 180
				|| Math.abs(p.get(1)) > 90)) {
			throw new BadRequestException("boundary",
					"needs three [longitude, latitude] points or more, within -180..180 and -90..90");
		}
		List<List<Double>> closed = points.getFirst().equals(points.getLast()) ? points
				: Stream.concat(points.stream(), Stream.of(points.getFirst())).toList();
		if (closed.size() < 4) {
			throw new BadRequestException("boundary", "needs three distinct points or more");
		}
		Geometry polygon = ring(closed);
		if (!polygon.isValid()) {
			throw new BadRequestException("boundary", "crosses itself");
		}
		return shape(null, polygon);
	}

	/** The points of a polygon's outer ring, [longitude, latitude] each. */
	static List<List<Double>> points(Geometry polygon) {
		return Arrays.stream(polygon.getCoordinates()).map(c -> List.of(c.x, c.y)).toList();
	}

	private static Geometry ring(List<List<Double>> points) {
		return GEOMETRY.createPolygon(points.stream().map(p -> new Coordinate(p.get(0), p.get(1))).toArray(Coordinate[]::new));
	}

	private static Shape shape(Object key, Geometry polygon) {
		return new Shape(key, polygon, PreparedGeometryFactory.prepare(polygon));
	}

}
