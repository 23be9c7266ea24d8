package org.liaisongraph.maritime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.source.Source;
import org.liaisongraph.state.State;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * {@code detectionFunnel}, {@code maocnContribution} and {@code integrityTrend}: one named statement
 * each ({@code queries/}), counted and withheld here.
 */
@Service
public class MaritimeAnalyses {

	/** The agency code of MAOC-N in the graph. */
	static final String MAOC_N = "MAOC-N";

	private final GraphReader reader;

	private final NamedQueries queries;

	private final Clearance clearance;

	MaritimeAnalyses(GraphReader reader, NamedQueries queries, Clearance clearance) {
		this.reader = reader;
		this.queries = queries;
		this.clearance = clearance;
	}

	// ------------------------------------------------------------------ detectionFunnel

	/** Counts only: no position or area of a detection or deployment leaves this method. */
	public DetectionFunnel detectionFunnel(int year) {
		List<Record> rows = reader.records(queries.get("detection-funnel"),
				Map.of("first", LocalDate.of(year, 1, 1), "last", LocalDate.of(year, 12, 31)));
		Map<AssetKind, Tally> byKind = new LinkedHashMap<>();
		Map<String, Tally> byRoute = new LinkedHashMap<>();
		Map<String, TraffickingRoute> routes = new HashMap<>();
		Tally total = new Tally();
		Map<String, Source> sources = new LinkedHashMap<>();
		for (Record row : rows) {
			AssetKind kind = row.get("kind").isNull() ? null : AssetKind.valueOf(row.get("kind").asString());
			TraffickingRoute route = reader.node(TraffickingRoute.class, row.get("route"));
			String routeId = (route != null) ? route.id() : null;
			if (route != null) {
				routes.put(routeId, route);
			}
			for (Tally tally : List.of(total, byKind.computeIfAbsent(kind, k -> new Tally()),
					byRoute.computeIfAbsent(routeId, r -> new Tally()))) {
				tally.add(row);
			}
			row.get("sources").values().forEach(v -> addSource(sources, v));
		}
		String grade = weakestGrade(sources);
		return new DetectionFunnel(year, total.stages(),
				sorted(byKind, Comparator.nullsLast(Comparator.<AssetKind>naturalOrder()),
						(kind, tally) -> new DetectionFunnel.ByKind(kind, tally.stages())),
				sorted(byRoute, Comparator.nullsLast(Comparator.<String>naturalOrder()),
						(id, tally) -> new DetectionFunnel.ByRoute(routes.get(id), tally.stages())),
				List.copyOf(sources.values()), grade, Provenance.illustrative(grade), total.counted());
	}

	private static <K, T> List<T> sorted(Map<K, Tally> tallies, Comparator<K> order,
			BiFunction<K, Tally, T> item) {
		return tallies.keySet().stream().sorted(order).map(k -> item.apply(k, tallies.get(k))).toList();
	}

	/**
	 * Distinct detections, cases and seizures seen, so a fact reached twice counts once, each with the
	 * facts it rests on: itself, then the case and the detection it followed.
	 */
	private static final class Tally {

		private final Map<String, List<DetectionFunnel.FactRef>> detections = new LinkedHashMap<>();

		private final Map<String, List<DetectionFunnel.FactRef>> referrals = new LinkedHashMap<>();

		private final Map<String, List<DetectionFunnel.FactRef>> interceptions = new LinkedHashMap<>();

		private final Map<String, List<DetectionFunnel.FactRef>> seizures = new LinkedHashMap<>();

		private final Map<String, Double> seizedKg = new LinkedHashMap<>();

		void add(Record row) {
			var detection = fact(FactLabel.DETECTION, row.get("detection"));
			var maocnCase = fact(FactLabel.MAOCN_CASE, row.get("case"));
			var seizure = fact(FactLabel.SEIZURE, row.get("seizure"));
			count(detections, detection);
			count(referrals, maocnCase, detection);
			if ("INTERCEPTED".equals(row.get("outcome").asString(null))) {
				count(interceptions, maocnCase, detection);
			}
			count(seizures, seizure, maocnCase, detection);
			if (seizure != null) {
				seizedKg.put(seizure.key(), row.get("kg").asDouble());
			}
		}

		private static DetectionFunnel.FactRef fact(FactLabel label, Value id) {
			return id.isNull() ? null : new DetectionFunnel.FactRef(label, id.asString());
		}

		/** Counts the first fact once, resting on it and on those after it that the row has. */
		private static void count(Map<String, List<DetectionFunnel.FactRef>> stage, DetectionFunnel.FactRef counted,
				DetectionFunnel.FactRef... upstream) {
			if (counted != null) {
				stage.computeIfAbsent(counted.key(), k -> {
					var facts = new ArrayList<DetectionFunnel.FactRef>();
					facts.add(counted);
					Arrays.stream(upstream).filter(Objects::nonNull).forEach(facts::add);
					return facts;
				});
			}
		}

		DetectionFunnel.Stages stages() {
			return new DetectionFunnel.Stages(detections.size(), referrals.size(), interceptions.size(),
					seizures.size(), seizedKg.values().stream().mapToDouble(Double::doubleValue).sum());
		}

		DetectionFunnel.Counted counted() {
			// by id, so whoever lists them lists them in the same order every time
			return new DetectionFunnel.Counted(new TreeMap<>(detections), new TreeMap<>(referrals),
					new TreeMap<>(interceptions), new TreeMap<>(seizures), new TreeMap<>(seizedKg));
		}

	}

	// ------------------------------------------------------------------ maocnContribution

	MaocnContribution maocnContribution(int year, String iso2) {
		return maocnContribution(year, iso2, clearance.operationalSince());
	}

	/** The contribution as anyone may read it (the annual report): whoever asks, as if not cleared. */
	public MaocnContribution publishedMaocnContribution(int year, String iso2) {
		return maocnContribution(year, iso2, clearance.publishedOperationalSince());
	}

	private MaocnContribution maocnContribution(int year, String iso2, LocalDate operationalSince) {
		var parameters = new HashMap<String, Object>();
		parameters.put("year", year);
		parameters.put("state", iso2);
		parameters.put("centre", MAOC_N);
		parameters.put("operationalSince", operationalSince);
		Record row = reader.records(queries.get("maocn-contribution"), parameters).getFirst();
		State state = reader.node(State.class, row.get("state"));
		if (state == null) {
			throw new NotFoundException("state", "state", iso2);
		}
		List<MaocnCase> cases = nodes(row.get("cases"), MaocnCase.class);
		List<Seizure> seizures = nodes(row.get("seizures"), Seizure.class);
		Map<String, Source> sources = new LinkedHashMap<>();
		row.get("sources").values().forEach(v -> addSource(sources, v));
		String grade = weakestGrade(sources);
		Map<String, Source> staffSources = new LinkedHashMap<>();
		row.get("staffGradedBy").values().forEach(v -> addSource(staffSources, v));
		return new MaocnContribution(state, year, row.get("member").asBoolean(),
				row.get("staff").isNull() ? null : row.get("staff").asInt(), row.get("assetDays").asLong(),
				row.get("hours").asLong(0), row.get("detections").size(), cases,
				(int) cases.stream().filter(c -> c.outcome() == CaseOutcome.INTERCEPTED).count(), seizures,
				seizures.stream().mapToDouble(Seizure::quantityKg).sum(), nodes(row.get("deployments"), Deployment.class),
				row.get("leftOut").asInt(), List.copyOf(sources.values()), grade, Provenance.illustrative(grade),
				weakestGrade(staffSources));
	}

	// ------------------------------------------------------------------ integrityTrend

	List<IntegrityTrend> integrityTrend(int from, int to) {
		return integrityTrend(from, to, clearance.integrityThreshold());
	}

	/** The trend as anyone may read it (the annual report): small counts withheld whoever asks. */
	public List<IntegrityTrend> publishedIntegrityTrend(int from, int to) {
		return integrityTrend(from, to, clearance.publishedIntegrityThreshold());
	}

	private List<IntegrityTrend> integrityTrend(int from, int to, int threshold) {
		Map<List<Object>, List<Record>> byYearAndKind = new LinkedHashMap<>();
		for (Record row : reader.records(queries.get("integrity-trend"), Map.of("from", from, "to", to))) {
			byYearAndKind.computeIfAbsent(List.of(row.get("year").asInt(), row.get("kind").asString()),
					k -> new ArrayList<>()).add(row);
		}
		List<IntegrityTrend> trend = new ArrayList<>();
		byYearAndKind.forEach((yearAndKind, rows) -> {
			int total = rows.stream().mapToInt(r -> r.get("count").asInt()).sum();
			boolean totalWithheld = total < threshold;
			Set<String> withheld = new HashSet<>();
			rows.stream().filter(r -> r.get("count").asInt() < threshold)
				.forEach(r -> withheld.add(r.get("unitType").asString()));
			// one withheld count alone would be the total less the counts shown
			if (withheld.size() == 1 && !totalWithheld && rows.size() > 1) {
				rows.stream().filter(r -> !withheld.contains(r.get("unitType").asString()))
					.min(Comparator.comparingInt(r -> r.get("count").asInt()))
					.ifPresent(r -> withheld.add(r.get("unitType").asString()));
			}
			List<IntegrityTrend.Unit> units = rows.stream().map(r -> {
				String unit = r.get("unitType").asString();
				boolean hidden = withheld.contains(unit);
				return new IntegrityTrend.Unit(unit, hidden ? null : r.get("count").asInt(), hidden);
			}).toList();
			Map<String, Source> sources = new LinkedHashMap<>();
			rows.forEach(r -> r.get("sources").values().forEach(v -> addSource(sources, v)));
			String grade = weakestGrade(sources);
			trend.add(new IntegrityTrend((Integer) yearAndKind.get(0), IntegrityKind.valueOf((String) yearAndKind.get(1)),
					totalWithheld ? null : total, totalWithheld, units, List.copyOf(sources.values()), grade,
					Provenance.illustrative(grade)));
		});
		return trend;
	}

	// ------------------------------------------------------------------ shared

	private static String weakestGrade(Map<String, Source> sources) {
		return Provenance.weakest(sources.values().stream().map(Source::reliability).toList());
	}

	private <T> List<T> nodes(Value list, Class<T> type) {
		return list.asList(v -> reader.node(type, v));
	}

	/** A source once: the rows repeat the same sources, and mapping a node costs more than its id. */
	private void addSource(Map<String, Source> sources, Value value) {
		if (!value.isNull()) {
			sources.computeIfAbsent(value.asNode().get("id").asString(), id -> reader.node(Source.class, value));
		}
	}

}
