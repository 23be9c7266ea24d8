package org.liaisongraph.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.liaisongraph.report.AnnualReport.NetworkPlace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map of the network as SVG, drawn here so the PDF needs no browser and no external service: the
 * land of the web application's Natural Earth 110m TopoJSON ({@code static/web/map/countries-110m.json}),
 * in the web map's equirectangular projection, framed on the places shown. Only the land rings inside
 * the frame are written, so the map stays small.
 */
final class NetworkMap {

	/** Width of the map in SVG units (the gap matrix and ranking charts are of the same order). */
	static final int WIDTH = 480;

	private static final String WORLD = "/static/web/map/countries-110m.json";

	/** Degrees around the places shown, and the least extent framed, so one port does not fill the map. */
	private static final double MARGIN = 6;

	private static final double MIN_SPAN = 40;

	static final String POST_COLOUR = "#12355b";

	static final String COVERED_COLOUR = "#2e7d32";

	static final String UNCOVERED_COLOUR = "#c0392b";

	/** The land's rings as longitude, latitude pairs, decoded once. */
	private static volatile List<double[][]> land;

	private NetworkMap() {
	}

	/** The SVG of the places that have a position; null when none has. */
	static String svg(List<NetworkPlace> places) {
		List<NetworkPlace> placed = places.stream().filter(p -> p.latitude() != null && p.longitude() != null).toList();
		if (placed.isEmpty()) {
			return null;
		}
		double west = placed.stream().mapToDouble(NetworkPlace::longitude).min().orElseThrow() - MARGIN;
		double east = placed.stream().mapToDouble(NetworkPlace::longitude).max().orElseThrow() + MARGIN;
		double south = placed.stream().mapToDouble(NetworkPlace::latitude).min().orElseThrow() - MARGIN;
		double north = placed.stream().mapToDouble(NetworkPlace::latitude).max().orElseThrow() + MARGIN;
		if (east - west < MIN_SPAN) {
			west -= (MIN_SPAN - (east - west)) / 2;
			east = west + MIN_SPAN;
		}
		if (north - south < MIN_SPAN / 2) {
			south -= (MIN_SPAN / 2 - (north - south)) / 2;
			north = south + MIN_SPAN / 2;
		}
		var frame = new Frame(Math.max(-180, west), Math.min(180, east), Math.max(-90, south), Math.min(90, north));
		var out = new StringBuilder(32 * 1024);
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
			.append(frame.height()).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(frame.height())
			.append("\">\n<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(frame.height())
			.append("\" fill=\"#dbe9f5\"/>\n<path fill=\"#f4f1e8\" stroke=\"#9a9a8a\" stroke-width=\"0.4\" fill-rule=\"evenodd\" d=\"");
		for (double[][] ring : land()) {
			if (frame.meets(ring)) {
				frame.ring(ring, out);
			}
		}
		out.append("\"/>\n");
		// ports first, posts on top: a post usually sits at the port it covers
		placed.stream().filter(p -> p.kind() != AnnualReport.PlaceKind.POST).forEach(p -> marker(p, frame, out));
		placed.stream().filter(p -> p.kind() == AnnualReport.PlaceKind.POST).forEach(p -> marker(p, frame, out));
		return out.append("</svg>\n").toString();
	}

	/** A post as a diamond, a port as a circle; an invented one hollow and dashed, like † in the tables. */
	private static void marker(NetworkPlace place, Frame frame, StringBuilder out) {
		String colour = switch (place.kind()) {
			case POST -> POST_COLOUR;
			case COVERED_PORT -> COVERED_COLOUR;
			case UNCOVERED_PORT -> UNCOVERED_COLOUR;
		};
		double x = frame.x(place.longitude());
		double y = frame.y(place.latitude());
		String style = place.illustrative()
				? " fill=\"#ffffff\" stroke=\"" + colour + "\" stroke-width=\"1.2\" stroke-dasharray=\"1.5,1\""
				: " fill=\"" + colour + "\" stroke=\"#ffffff\" stroke-width=\"0.6\"";
		if (place.kind() == AnnualReport.PlaceKind.POST) {
			out.append("<path d=\"M").append(number(x)).append(',').append(number(y - 6)).append("l6,6l-6,6l-6,-6z\"");
		}
		else {
			out.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y)).append("\" r=\"4.5\"");
		}
		out.append(style).append("/>\n");
	}

	/** The frame in degrees and its projection onto the map: equirectangular, as the web map. */
	private record Frame(double west, double east, double south, double north) {

		double scale() {
			return WIDTH / (east - west);
		}

		int height() {
			return (int) Math.round((north - south) * scale());
		}

		double x(double longitude) {
			return (longitude - west) * scale();
		}

		double y(double latitude) {
			return (north - latitude) * scale();
		}

		boolean meets(double[][] ring) {
			double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
			for (double[] point : ring) {
				minLon = Math.min(minLon, point[0]);
				maxLon = Math.max(maxLon, point[0]);
				minLat = Math.min(minLat, point[1]);
				maxLat = Math.max(maxLat, point[1]);
			}
			return minLon <= east && maxLon >= west && minLat <= north && maxLat >= south;
		}

		void ring(double[][] ring, StringBuilder out) {
			for (int i = 0; i < ring.length; i++) {
				// a jump across the antimeridian starts a new piece instead of a streak across the map
				boolean jump = i > 0 && Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
				out.append((i == 0 || jump) ? 'M' : 'L').append(number(x(ring[i][0]))).append(',')
					.append(number(y(ring[i][1])));
			}
			out.append('Z');
		}

	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static List<double[][]> land() {
		if (land == null) {
			land = decode();
		}
		return land;
	}

	/** The rings of every country of the TopoJSON, its arcs decoded from their quantized deltas. */
	private static List<double[][]> decode() {
		JsonNode topology;
		try (InputStream in = NetworkMap.class.getResourceAsStream(WORLD)) {
			if (in == null) {
				throw new IllegalStateException(WORLD + " is missing from the jar");
			}
			topology = JsonMapper.shared().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		double scaleX = topology.path("transform").path("scale").get(0).asDouble();
		double scaleY = topology.path("transform").path("scale").get(1).asDouble();
		double translateX = topology.path("transform").path("translate").get(0).asDouble();
		double translateY = topology.path("transform").path("translate").get(1).asDouble();
		var arcs = new ArrayList<double[][]>();
		for (JsonNode arc : topology.path("arcs")) {
			double[][] points = new double[arc.size()][];
			long a = 0;
			long b = 0;
			for (int i = 0; i < arc.size(); i++) {
				a += arc.get(i).get(0).asLong();
				b += arc.get(i).get(1).asLong();
				points[i] = new double[] { a * scaleX + translateX, b * scaleY + translateY };
			}
			arcs.add(points);
		}
		var rings = new ArrayList<double[][]>();
		for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
			JsonNode polygons = switch (geometry.path("type").asString()) {
				case "Polygon" -> JsonMapper.shared().createArrayNode().add(geometry.path("arcs"));
				case "MultiPolygon" -> geometry.path("arcs");
				default -> JsonMapper.shared().createArrayNode();
			};
			for (JsonNode polygon : polygons) {
				for (JsonNode ring : polygon) {
					rings.add(ring(ring, arcs));
				}
			}
		}
		return List.copyOf(rings);
	}

	/** A ring from its arc indices: a negative index ~i is arc i reversed; each arc after the first drops its first point. */
	private static double[][] ring(JsonNode indices, List<double[][]> arcs) {
		var points = new ArrayList<double[]>();
		for (int n = 0; n < indices.size(); n++) {
			int index = indices.get(n).asInt();
			double[][] arc = arcs.get((index >= 0) ? index : ~index);
			List<double[]> ordered = new ArrayList<>(List.of(arc));
			if (index < 0) {
				Collections.reverse(ordered);
			}
			points.addAll((n == 0) ? ordered : ordered.subList(1, ordered.size()));
		}
		return points.toArray(double[][]::new);
	}

}
