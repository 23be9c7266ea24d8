package org.liaisongraph.maritime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.route.TraffickingRoute;
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
				List.copyOf(sources.values()), grade, Provenance.illustrative(grade));
	}

	private static <K, T> List<T> sorted(Map<K, Tally> tallies, Comparator<K> order,
			BiFunction<K, Tally, T> item) {
		return tallies.keySet().stream().sorted(order).map(k -> item.apply(k, tallies.get(k))).toList();
	}

	/** Distinct detections, cases and seizures seen, so a fact reached twice counts once. */
	private static final class Tally {

		private final Set<String> detections = new HashSet<>();

		private final Set<String> referrals = new HashSet<>();

		private final Set<String> interceptions = new HashSet<>();

		private final Map<String, Double> seizures = new HashMap<>();

		void add(Record row) {
			addIfPresent(detections, row.get("detection"));
			addIfPresent(referrals, row.get("case"));
			if ("INTERCEPTED".equals(row.get("outcome").asString(null))) {
				addIfPresent(interceptions, row.get("case"));
			}
			if (!row.get("seizure").isNull()) {
				seizures.put(row.get("seizure").asString(), row.get("kg").asDouble());
			}
		}

		private static void addIfPresent(Set<String> ids, Value id) {
			if (!id.isNull()) {
				ids.add(id.asString());
			}
		}

		DetectionFunnel.Stages stages() {
			return new DetectionFunnel.Stages(detections.size(), referrals.size(), interceptions.size(),
					seizures.size(), seizures.values().stream().mapToDouble(Double::doubleValue).sum());
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
		return new MaocnContribution(state, year, row.get("member").asBoolean(),
				row.get("staff").isNull() ? null : row.get("staff").asInt(), row.get("assetDays").asLong(),
				row.get("hours").asLong(0), row.get("detections").size(), cases,
				(int) cases.stream().filter(c -> c.outcome() == CaseOutcome.INTERCEPTED).count(), seizures,
				seizures.stream().mapToDouble(Seizure::quantityKg).sum(), nodes(row.get("deployments"), Deployment.class),
				row.get("leftOut").asInt(), List.copyOf(sources.values()), grade, Provenance.illustrative(grade));
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
