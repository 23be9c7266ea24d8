package org.liaisongraph.maritime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.SeaDistances;
import org.liaisongraph.route.TraffickingRoute;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * {@code seaCoverage} and {@code seaAreaCoverage}: one statement reads the sea legs and the
 * deployments of the period ({@code queries/sea-coverage.cypher}); each leg's sea path on the MARNET
 * network ({@code route}'s {@link SeaDistances}) is clipped with JTS by each area watched, once per
 * path and area ({@link SeaPath}), and what is watched is worked out here, in one place for both,
 * on those clips. Geometry is planar in degrees (x longitude, y latitude), where a watched box is
 * exactly a rectangle; lengths are great-circle sums over the pieces.
 */
@Service
class SeaCoverageQueries {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final GraphReader reader;

	private final NamedQueries queries;

	private final SeaDistances seaDistances;

	private final Clearance clearance;

	/**
	 * Sea paths by the positions of their ends, kept for the areas each was clipped by (SeaDistances
	 * keeps only the points); bounded like SeaDistances' own cache, as ports that move leave old ends.
	 */
	private static final int MAX_CACHED_PATHS = 10_000;

	private final Map<List<Double>, Optional<SeaPath>> paths = new ConcurrentHashMap<>();

	SeaCoverageQueries(GraphReader reader, NamedQueries queries, SeaDistances seaDistances, Clearance clearance) {
		this.reader = reader;
		this.queries = queries;
		this.seaDistances = seaDistances;
		this.clearance = clearance;
	}

	/** The coverage of one route (all sea routes when null) from {@code from} to {@code to}, both included. */
	List<SeaCoverage> coverage(String route, LocalDate from, LocalDate to) {
		Reading reading = read(route, from, to);
		return reading.routes().stream().map(r -> route(r, SeaPath::whole, reading).coverage()).toList();
	}

	/**
	 * The coverage of the sea legs crossing a named area, or else the boundary given, from
	 * {@code from} to {@code to}: each leg once, however many routes sail it, and route by route.
	 */
	SeaAreaCoverage areaCoverage(SeaArea area, List<List<Double>> boundary, LocalDate from, LocalDate to) {
		SeaAreas.Shape shape = (area != null) ? SeaAreas.named(area) : SeaAreas.boundary(boundary);
		Reading reading = read(null, from, to);
		List<SeaCoverage> routes = new ArrayList<>();
		Map<List<String>, SeaCoverage.LegCoverage> legs = new TreeMap<>(
				Comparator.comparing((List<String> ends) -> ends.get(0)).thenComparing(ends -> ends.get(1)));
		Totals totals = new Totals();
		for (RouteLegs route : reading.routes()) {
			MeasuredRoute measured = route(route, path -> path.inside(shape), reading);
			if (measured.coverage().legs().isEmpty()) {
				continue;
			}
			routes.add(measured.coverage());
			for (int i = 0; i < measured.measures().size(); i++) {
				SeaCoverage.LegCoverage leg = measured.coverage().legs().get(i);
				if (legs.putIfAbsent(List.of(leg.from().locode(), leg.to().locode()), leg) == null) {
					totals.add(measured.measures().get(i));
				}
			}
		}
		return new SeaAreaCoverage(area, SeaAreas.points(shape.geometry()), SeaCoverage.round(totals.seaNm),
				SeaCoverage.round(totals.watchedNm), SeaCoverage.share(totals.watchedNm, totals.seaNm), totals.byKind(),
				List.copyOf(legs.values()), routes, reading.deployments(), reading.leftOut());
	}

	/** What the one statement read: the deployments shown with the area each watched, and the routes. */
	private record Reading(List<Deployment> deployments, List<Watcher> watchers, int leftOut, List<RouteLegs> routes) {
	}

	private record Watcher(AssetKind kind, SeaAreas.Shape area) {
	}

	private record RouteLegs(Value route, List<Value> legs) {
	}

	/** What was watched of the stretches of one leg counted, with the unrounded lengths for the totals. */
	private record Measure(Spans watched, double seaNm, double watchedNm, Map<AssetKind, Double> byKind) {
	}

	private record MeasuredRoute(SeaCoverage coverage, List<Measure> measures) {
	}

	private Reading read(String route, LocalDate from, LocalDate to) {
		var parameters = new HashMap<String, Object>();
		parameters.put("route", route);
		parameters.put("from", from);
		parameters.put("to", to);
		parameters.put("operationalSince", clearance.operationalSince());
		var row = reader.records(queries.get("sea-coverage"), parameters).getFirst();
		List<Deployment> deployments = new ArrayList<>();
		List<Watcher> watchers = new ArrayList<>();
		for (Value shown : row.get("shown").values()) {
			Deployment deployment = reader.node(Deployment.class, shown.get("deployment"));
			deployments.add(deployment);
			watchers.add(new Watcher(AssetKind.valueOf(shown.get("kind").asString()), watched(deployment)));
		}
		deployments.sort(Comparator.comparing(Deployment::from).thenComparing(Deployment::id));
		Map<String, List<Value>> legs = new HashMap<>();
		for (Value leg : row.get("legs").values()) {
			legs.computeIfAbsent(leg.get("route").asString(), id -> new ArrayList<>()).add(leg);
		}
		List<RouteLegs> routes = row.get("routes")
			.asList(r -> new RouteLegs(r, legs.getOrDefault(r.asNode().get("id").asString(), List.of())));
		return new Reading(deployments, watchers, row.get("leftOut").asInt(), routes);
	}

	/** A deployment's own box when it has one, else the named sea area it watched. */
	private static SeaAreas.Shape watched(Deployment d) {
		if (d.areaSouth() != null && d.areaWest() != null && d.areaNorth() != null && d.areaEast() != null) {
			return SeaAreas.box(d.areaSouth(), d.areaWest(), d.areaNorth(), d.areaEast());
		}
		return SeaAreas.named(d.seaArea());
	}

	/**
	 * A route's legs, each measured on the stretches of its sea path that {@code counted} picks (the
	 * whole path, or its part inside an area); legs left with nothing to count are left out.
	 */
	private MeasuredRoute route(RouteLegs route, Function<SeaPath, Spans> counted, Reading reading) {
		List<SeaCoverage.LegCoverage> legs = new ArrayList<>();
		List<Measure> measures = new ArrayList<>();
		Totals totals = new Totals();
		for (Value leg : route.legs()) {
			Port from = reader.node(Port.class, leg.get("from"));
			Port to = reader.node(Port.class, leg.get("to"));
			Optional<SeaPath> found = seaPath(from, to);
			if (found.isEmpty()) {
				continue;
			}
			SeaPath path = found.get();
			Spans inside = counted.apply(path);
			if (inside.isEmpty() && !path.whole().isEmpty()) {
				continue;
			}
			Measure measure = measure(path, inside, reading.watchers());
			legs.add(new SeaCoverage.LegCoverage(from, to, leg.get("seq").asInt(), SeaCoverage.round(measure.seaNm()),
					SeaCoverage.round(measure.watchedNm()), SeaCoverage.share(measure.watchedNm(), measure.seaNm()),
					path.stretches(measure.watched()), path.stretches(inside.minus(measure.watched()))));
			measures.add(measure);
			totals.add(measure);
		}
		var coverage = new SeaCoverage(reader.node(TraffickingRoute.class, route.route()),
				SeaCoverage.round(totals.seaNm), SeaCoverage.round(totals.watchedNm),
				SeaCoverage.share(totals.watchedNm, totals.seaNm), totals.byKind(), legs, reading.deployments(),
				reading.leftOut());
		return new MeasuredRoute(coverage, measures);
	}

	/**
	 * What the deployments watched of the stretches counted, in all and by kind: the one place where
	 * "watched" is worked out, on the clips each path keeps.
	 */
	private static Measure measure(SeaPath path, Spans counted, List<Watcher> watchers) {
		Spans all = Spans.NONE;
		Map<AssetKind, Spans> byKind = new EnumMap<>(AssetKind.class);
		for (Watcher watcher : watchers) {
			Spans watched = path.inside(watcher.area()).and(counted);
			all = all.or(watched);
			byKind.merge(watcher.kind(), watched, Spans::or);
		}
		Map<AssetKind, Double> kindNm = new EnumMap<>(AssetKind.class);
		byKind.forEach((kind, spans) -> kindNm.put(kind, path.nm(spans)));
		return new Measure(all, path.nm(counted), path.nm(all), kindNm);
	}

	/** Lengths added up over legs, and the shares of each kind. */
	private static final class Totals {

		private double seaNm;

		private double watchedNm;

		private final Map<AssetKind, Double> byKind = new EnumMap<>(AssetKind.class);

		void add(Measure measure) {
			seaNm += measure.seaNm();
			watchedNm += measure.watchedNm();
			measure.byKind().forEach((kind, nm) -> byKind.merge(kind, nm, Double::sum));
		}

		List<SeaCoverage.KindCoverage> byKind() {
			return byKind.entrySet()
				.stream()
				.map(e -> new SeaCoverage.KindCoverage(e.getKey(), SeaCoverage.round(e.getValue()),
						SeaCoverage.share(e.getValue(), seaNm)))
				.toList();
		}

	}

	private Optional<SeaPath> seaPath(Port from, Port to) {
		if (from.latitude() == null || from.longitude() == null || to.latitude() == null || to.longitude() == null) {
			return Optional.empty();
		}
		if (paths.size() > MAX_CACHED_PATHS) {
			paths.clear();
		}
		return paths.computeIfAbsent(List.of(from.latitude(), from.longitude(), to.latitude(), to.longitude()),
				ends -> seaDistances.path(ends.get(0), ends.get(1), ends.get(2), ends.get(3))
					.map(points -> new SeaPath(GEOMETRY.createLineString(
							points.stream().map(p -> new Coordinate(p.get(0), p.get(1))).toArray(Coordinate[]::new)))));
	}

}
