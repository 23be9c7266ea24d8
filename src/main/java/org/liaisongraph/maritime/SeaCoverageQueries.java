package org.liaisongraph.maritime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.SeaDistances;
import org.liaisongraph.route.TraffickingRoute;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * {@code seaCoverage}: reads the sea legs and the deployments of the period
 * ({@code queries/sea-coverage-*.cypher}), draws each leg's sea path on the MARNET network
 * ({@code route}'s {@link SeaDistances}) and clips it with JTS against the areas watched. Geometry
 * is planar in degrees (x longitude, y latitude), where a watched area is exactly a box; lengths are
 * great-circle sums over the clipped pieces.
 */
@Service
class SeaCoverageQueries {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final GraphReader reader;

	private final NamedQueries queries;

	private final SeaDistances seaDistances;

	private final Clearance clearance;

	/** Sea paths by the positions of their ends: a path depends on nothing else and takes an A* search. */
	private final Map<List<Double>, Optional<LineString>> paths = new ConcurrentHashMap<>();

	SeaCoverageQueries(GraphReader reader, NamedQueries queries, SeaDistances seaDistances, Clearance clearance) {
		this.reader = reader;
		this.queries = queries;
		this.seaDistances = seaDistances;
		this.clearance = clearance;
	}

	/** The coverage of one route (all sea routes when null) from {@code from} to {@code to}, both included. */
	List<SeaCoverage> coverage(String route, LocalDate from, LocalDate to) {
		var parameters = new HashMap<String, Object>();
		parameters.put("route", route);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("operationalSince", clearance.operationalSince());
		var watched = reader.records(queries.get("sea-coverage-deployments"), parameters).getFirst();
		List<Deployment> deployments = new ArrayList<>();
		Map<AssetKind, List<Geometry>> areasByKind = new EnumMap<>(AssetKind.class);
		for (Value shown : watched.get("shown").values()) {
			Deployment deployment = reader.node(Deployment.class, shown.get("deployment"));
			deployments.add(deployment);
			areasByKind.computeIfAbsent(AssetKind.valueOf(shown.get("kind").asString()), k -> new ArrayList<>())
				.add(GEOMETRY.toGeometry(new Envelope(deployment.areaWest(), deployment.areaEast(),
						deployment.areaSouth(), deployment.areaNorth())));
		}
		Map<AssetKind, Geometry> byKind = new EnumMap<>(AssetKind.class);
		areasByKind.forEach((kind, areas) -> byKind.put(kind, UnaryUnionOp.union(areas)));
		Geometry all = byKind.isEmpty() ? GEOMETRY.createPolygon()
				: UnaryUnionOp.union(List.copyOf(byKind.values()));
		deployments.sort(Comparator.comparing(Deployment::from).thenComparing(Deployment::id));
		int leftOut = watched.get("leftOut").asInt();
		return reader.list(queries.get("sea-coverage-legs"), parameters,
				row -> route(row.get("r"), row.get("legs"), all, byKind, deployments, leftOut));
	}

	private SeaCoverage route(Value route, Value legValues, Geometry all, Map<AssetKind, Geometry> byKind,
			List<Deployment> deployments, int leftOut) {
		List<SeaCoverage.LegCoverage> legs = new ArrayList<>();
		Map<AssetKind, Double> watchedByKind = new EnumMap<>(AssetKind.class);
		double seaNm = 0;
		double watchedNm = 0;
		for (Value leg : legValues.values()) {
			Port from = reader.node(Port.class, leg.get("from"));
			Port to = reader.node(Port.class, leg.get("to"));
			Optional<LineString> path = seaPath(from, to);
			if (path.isEmpty()) {
				continue;
			}
			LineString line = path.get();
			double legNm = lengthNm(line);
			double legWatchedNm = lengthNm(line.intersection(all));
			byKind.forEach((kind, area) -> watchedByKind.merge(kind, lengthNm(line.intersection(area)), Double::sum));
			legs.add(new SeaCoverage.LegCoverage(from, to, leg.get("seq").asInt(), round(legNm), round(legWatchedNm),
					share(legWatchedNm, legNm), unwatched(line, line.difference(all))));
			seaNm += legNm;
			watchedNm += legWatchedNm;
		}
		double totalNm = seaNm;
		List<SeaCoverage.KindCoverage> kinds = watchedByKind.entrySet()
			.stream()
			.map(e -> new SeaCoverage.KindCoverage(e.getKey(), round(e.getValue()), share(e.getValue(), totalNm)))
			.toList();
		return new SeaCoverage(reader.node(TraffickingRoute.class, route), round(seaNm), round(watchedNm),
				share(watchedNm, seaNm), kinds, legs, deployments, leftOut);
	}

	private Optional<LineString> seaPath(Port from, Port to) {
		if (from.latitude() == null || from.longitude() == null || to.latitude() == null || to.longitude() == null) {
			return Optional.empty();
		}
		return paths.computeIfAbsent(List.of(from.latitude(), from.longitude(), to.latitude(), to.longitude()),
				ends -> seaDistances.path(ends.get(0), ends.get(1), ends.get(2), ends.get(3))
					.map(points -> GEOMETRY.createLineString(
							points.stream().map(p -> new Coordinate(p.get(0), p.get(1))).toArray(Coordinate[]::new))));
	}

	/** The unwatched pieces of a leg, each merged across the path's vertices, in order along the leg. */
	private static List<SeaCoverage.SeaStretch> unwatched(LineString leg, Geometry unwatched) {
		LineMerger merger = new LineMerger();
		merger.add(unwatched);
		LengthIndexedLine along = new LengthIndexedLine(leg);
		List<SeaCoverage.SeaStretch> stretches = new ArrayList<>();
		for (Object merged : merger.getMergedLineStrings()) {
			LineString piece = (LineString) merged;
			if (along.indexOf(piece.getEndPoint().getCoordinate()) < along
				.indexOf(piece.getStartPoint().getCoordinate())) {
				piece = piece.reverse();
			}
			Coordinate start = piece.getCoordinateN(0);
			Coordinate end = piece.getCoordinateN(piece.getNumPoints() - 1);
			stretches.add(new SeaCoverage.SeaStretch(start.y, start.x, end.y, end.x, round(lengthNm(piece))));
		}
		stretches.sort(Comparator.comparingDouble(s -> along.indexOf(new Coordinate(s.fromLongitude(), s.fromLatitude()))));
		return stretches;
	}

	/** The great-circle length of the lines of a geometry (points and empty parts count nothing). */
	private static double lengthNm(Geometry lines) {
		double nm = 0;
		for (int g = 0; g < lines.getNumGeometries(); g++) {
			if (lines.getGeometryN(g) instanceof LineString line) {
				Coordinate[] points = line.getCoordinates();
				for (int i = 1; i < points.length; i++) {
					nm += SeaDistances.greatCircleNm(points[i - 1].y, points[i - 1].x, points[i].y, points[i].x);
				}
			}
		}
		return nm;
	}

	private static double share(double part, double whole) {
		return whole > 0 ? Math.round(part / whole * 1000) / 1000.0 : 0;
	}

	private static double round(double nm) {
		return Math.round(nm * 10) / 10.0;
	}

}
