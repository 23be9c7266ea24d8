package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.analysis.CountryPriority.Component;
import org.liaisongraph.analysis.CountryPriority.Factor;
import org.liaisongraph.analysis.CountryPriority.Rating;
import org.liaisongraph.analysis.CountryPriority.RouteExposure;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.sanction.SanctionMeasure;
import org.liaisongraph.state.Detention;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Clause;
import org.liaisongraph.treaty.ClauseType;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * The explainable task-force ranking. Every factor's raw value is computed per state, normalised
 * as raw / max over the states compared (0 when the max is 0), weighted and summed; nothing is
 * rounded.
 */
@Service
public class CountryPrioritiesQueries {

	private static final int MAX_LIMIT = 250;

	/** The most seizures a ranked state lists. */
	public static final int MAX_SEIZURES_LISTED = SeizureLists.MAX_FIRST;

	/** The corruption index: TI-CPI scores run from 0 (highly corrupt) to 100 (very clean). */
	public static final String CORRUPTION_INDEX = "TI-CPI";

	private static final Comparator<Scored> ORDER = Comparator.<Scored>comparingDouble(s -> -s.score())
		.thenComparing(s -> s.facts().state().name())
		.thenComparing(s -> s.facts().state().iso2());

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties liaison;

	private final SeizureLists seizureLists;

	CountryPrioritiesQueries(GraphReader reader, NamedQueries queries, LiaisonProperties liaison,
			SeizureLists seizureLists) {
		this.reader = reader;
		this.queries = queries;
		this.liaison = liaison;
		this.seizureLists = seizureLists;
	}

	/**
	 * The ranking with every fact behind it, each state with none of its seizures listed: its
	 * seizures are read as its total.
	 */
	public List<CountryPriority> priorities(CountryPrioritiesWeights weights, int limit, CountryScope scope) {
		return priorities(weights, limit, scope, 0);
	}

	/**
	 * The ranking with every fact behind it, each state with its largest seizures of the year.
	 * @param seizures how many seizures to list per state ranked, 0 for none
	 */
	public List<CountryPriority> priorities(CountryPrioritiesWeights weights, int limit, CountryScope scope, int seizures) {
		return priorities(weights, limit, scope, seizures, true);
	}

	/**
	 * The ranking, each state with its largest seizures of the year.
	 * @param seizures how many seizures to list per state ranked, 0 for none
	 * @param details  whether to read the facts behind the components, the routes with their ports,
	 *                 the ports with and without liaison, the bilateral treaties and the readmission
	 *                 obligations: without them these lists are empty and the components list no fact
	 *                 (so the grade is none)
	 */
	public List<CountryPriority> priorities(CountryPrioritiesWeights weights, int limit, CountryScope scope, int seizures,
			boolean details) {
		weights.checked();
		Inputs.between(limit, 1, MAX_LIMIT, "limit");
		// both passes (and the seizure lists) read one snapshot of the graph
		return reader.read(() -> ranking(weights, limit, scope, seizures, details));
	}

	/**
	 * Two statements whatever the limit: every state compared with the aggregates its raw values are
	 * computed from ({@code country-priorities}), which ranks them; then, when details are asked, the
	 * facts behind the ranked states' components, read for those states alone
	 * ({@code country-priorities-facts}). The raw values come from the first pass only, so the ranked
	 * states' components are those the ranking was made with.
	 */
	private List<CountryPriority> ranking(CountryPrioritiesWeights weights, int limit, CountryScope scope, int seizures,
			boolean details) {
		var parameters = scope.parameters(liaison.homeState());
		List<Facts> compared = reader.records(queries.get("country-priorities"), parameters)
			.stream()
			.map(r -> facts(r, scope.asOf()))
			.toList();
		Map<Factor, Double> maxima = new EnumMap<>(Factor.class);
		for (Factor factor : Factor.values()) {
			maxima.put(factor, compared.stream().map(f -> f.raw(factor)).filter(v -> v != null).reduce(0.0, Math::max));
		}
		List<Scored> ranked = compared.stream().map(f -> score(f, weights, maxima, null)).sorted(ORDER).limit(limit).toList();
		if (ranked.isEmpty()) {
			return List.of();
		}
		List<String> states = ranked.stream().map(s -> s.facts().state().iso2()).toList();
		int year = compared.getFirst().year();
		if (details) {
			parameters.put("year", year);
			parameters.put("states", states);
			var detailed = new HashMap<String, Details>();
			reader.records(queries.get("country-priorities-facts"), parameters)
				.forEach(r -> detailed.put(r.get("iso2").asString(), details(r, year)));
			ranked = ranked.stream()
				.map(s -> score(s.facts(), weights, maxima, detailed.get(s.facts().state().iso2())))
				.toList();
		}
		var listed = seizureLists.ofStates(states, year, seizures, scope.includeIllustrative());
		var result = new ArrayList<CountryPriority>(ranked.size());
		for (Scored scored : ranked) {
			result.add(priority(scored, result.size() + 1, listed));
		}
		return result;
	}

	private CountryPriority priority(Scored scored, int rank, Map<String, List<Seizure>> listed) {
		Facts facts = scored.facts();
		Details details = scored.details();
		boolean detailed = details != null;
		return new CountryPriority(rank, facts.state(), facts.year(), scored.score(), scored.components(),
				detailed ? routeExposures(details) : List.of(), facts.seized(),
				listed.getOrDefault(facts.state().iso2(), List.of()), facts.rating(),
				detailed ? details.bilateral().stream().map(TreatyGaps.Link::treaty).toList() : List.of(), facts.missing(),
				facts.detained(), detailed ? details.obligations() : List.of(),
				detailed ? activePorts(details.row(), false) : List.of(),
				detailed ? activePorts(details.row(), true) : List.of(), facts.sanctions());
	}

	private Facts facts(Record r, LocalDate asOf) {
		var state = reader.node(State.class, r.get("s"));
		// one clause of each kind the state's bilateral treaties in force have, which the rules weigh
		var clauseKinds = r.get("clauseKinds")
			.asList(k -> new Clause(null, ClauseType.valueOf(k.get("type").asString()), null, k.get("binding").asBoolean(),
					null, null));
		return new Facts(state, r.get("year").asInt(), r.get("routeCount").asInt(), r.get("routeKg").asDouble(),
				SeizedTotal.read(r.get("statePlace").asString(), r.get("year").asInt(), r.get("seized")),
				Rating.read(reader, r.get("rating")), missing(clauseKinds),
				ClauseType.satisfied(ClauseType.READMISSION, clauseKinds, true), r.get("referenceDate").asLocalDate(null),
				ReadmissionGaps.detention(reader, r.get("detained"), state, reader.node(State.class, r.get("home"))),
				r.get("uncoveredPorts").asInt(),
				r.get("measures").asList(m -> reader.node(SanctionMeasure.class, m))
					.stream()
					.filter(m -> m.adoptedOn(asOf))
					.toList());
	}

	/** The default required clause types none of the clauses satisfies, in declaration order. */
	private static List<ClauseType> missing(List<Clause> clauses) {
		Set<ClauseType> missing = EnumSet.copyOf(ClauseType.REQUIRED_BY_DEFAULT);
		missing.removeIf(type -> ClauseType.satisfied(type, clauses, false));
		return List.copyOf(missing);
	}

	private Details details(Record r, int year) {
		// bilateral-treaties-by-state: only the bilateral treaties in force
		var bilateral = TreatyGaps.Link.read(reader, r.get("treaties"));
		var routes = r.get("routes")
			.asList(v -> new RouteTotal(v, SeizedTotal.read(v.get("place").asString(), year, v.get("seized"))));
		return new Details(r, UsedFact.read(r.get("facts")), routes, bilateral, ReadmissionGaps.Obligation.of(bilateral));
	}

	/** The state's active ports with or without a home-state liaison officer, mapped for a state ranked. */
	private List<Port> activePorts(Record r, boolean covered) {
		return r.get("activePorts")
			.asList(p -> p)
			.stream()
			.filter(p -> p.get("covered").asBoolean() == covered)
			.map(p -> reader.node(Port.class, p.get("port")))
			.toList();
	}

	/** The state's routes with their ports, mapped for a state ranked. */
	private List<RouteExposure> routeExposures(Details details) {
		return details.routes()
			.stream()
			.map(route -> new RouteExposure(reader.node(TraffickingRoute.class, route.value().get("route")),
					route.value().get("ports").asList(p -> reader.node(Port.class, p)), route.seized(), route.weight()))
			.toList();
	}

	/**
	 * The state's score and components; the facts behind each component only with the details of
	 * the second pass (null in the first).
	 */
	private static Scored score(Facts facts, CountryPrioritiesWeights weights, Map<Factor, Double> maxima,
			Details details) {
		var components = new ArrayList<Component>();
		double score = 0;
		for (Factor factor : Factor.values()) {
			Double raw = facts.raw(factor);
			double max = maxima.get(factor);
			double normalised = (raw == null || max == 0) ? 0 : raw / max;
			double weight = weights.of(factor);
			double contribution = weight * normalised;
			components.add(new Component(factor, raw, normalised, weight, contribution, facts.note(factor),
					(details != null) ? details.used(factor, facts) : List.of()));
			score += contribution;
		}
		return new Scored(facts, details, score, components);
	}

	/**
	 * What the ranking pass says about one state, and the raw value of each factor derived from it:
	 * how many active routes call at its ports and their seizure totals summed, the default required
	 * clause types its bilateral treaties in force lack and whether one of them binds it to readmit,
	 * how many of its ports on active routes have no liaison officer.
	 */
	private record Facts(State state, int year, int routeCount, double routeKg, SeizedTotal seized, Rating rating,
			List<ClauseType> missing, boolean readmissionBound, LocalDate referenceDate, Detention detained,
			int portsWithoutLiaison, List<SanctionMeasure> sanctions) {

		Double raw(Factor factor) {
			return switch (factor) {
				case ROUTE_EXPOSURE -> RouteExposure.exposure(routeCount, routeKg);
				case SEIZED_SHIPPED_FROM -> seized.kg();
				case CORRUPTION -> (rating != null) ? 100 - rating.score() : null;
				case TREATY_GAPS -> (double) missing.size();
				// covered, the gap is closed whatever the figure; uncovered with no published figure, unknown
				case READMISSION_GAP -> readmissionBound ? Double.valueOf(0)
						: (detained != null) ? Double.valueOf(detained.count()) : null;
				case LIAISON_GAP -> (double) portsWithoutLiaison;
				case SANCTIONS -> (double) sanctions.size();
			};
		}

		/** What the raw value counts where the factor's name does not say it, or why it is missing. */
		String note(Factor factor) {
			return switch (factor) {
				case CORRUPTION -> (rating != null) ? null
						: "no " + CORRUPTION_INDEX + " score for " + year + " or an earlier year: contributes nothing";
				case READMISSION_GAP -> readmissionNote();
				default -> null;
			};
		}

		private String readmissionNote() {
			if (readmissionBound) {
				return "a binding readmission obligation covers the state: 0, whatever its nationals in the home state's prisons";
			}
			if (referenceDate == null) {
				return "no prison population by nationality published by the end of " + year
						+ ": unknown, contributes nothing";
			}
			String measured = "nationals in the home state's prisons on " + referenceDate
					+ " (prison population, not convictions)";
			return (detained != null) ? measured : "no published figure of " + measured + ": unknown, contributes nothing";
		}

	}

	/**
	 * The facts behind a ranked state's components, as the second pass reads them: its active routes
	 * with their totals, its bilateral treaties in force and the readmission obligations among them,
	 * graded. The routes and ports stay values of the record until they are mapped for the answer.
	 */
	private record Details(Record row, Map<String, UsedFact> graded, List<RouteTotal> routes,
			List<TreatyGaps.Link> bilateral, List<ReadmissionGaps.Obligation> obligations) {

		/** The facts the factor's raw value is computed from, graded. */
		List<UsedFact> used(Factor factor, Facts facts) {
			return switch (factor) {
				case ROUTE_EXPOSURE -> UsedFact.all(routes.stream()
					.flatMap(r -> Stream.concat(Stream.of(fact("TraffickingRoute", r.id())), counted(r.seized())))
					.toList());
				case SEIZED_SHIPPED_FROM -> counted(facts.seized()).toList();
				case CORRUPTION -> (facts.rating() == null) ? List.of()
						: List.of(UsedFact.of("RATED", facts.state().iso2() + ">" + facts.rating().index().code() + " "
								+ facts.rating().year(), facts.rating()));
				case TREATY_GAPS -> UsedFact.all(bilateral.stream().flatMap(l -> l.usedFacts().stream()).toList());
				case READMISSION_GAP -> UsedFact.all(ReadmissionGaps.detainedFacts(facts.detained()),
						ReadmissionGaps.coverageFacts(bilateral, obligations));
				// the routes that put the state's ports on the map, each once
				case LIAISON_GAP -> routes.stream().map(r -> fact("TraffickingRoute", r.id())).toList();
				case SANCTIONS -> facts.sanctions().stream().map(m -> fact("SanctionMeasure", m.id())).toList();
			};
		}

		/** A total as the fact used, graded by its weakest seizure; none when no seizure counts. */
		private static Stream<UsedFact> counted(SeizedTotal total) {
			return (total.count() > 0) ? Stream.of(total.fact()) : Stream.empty();
		}

		private UsedFact fact(String kind, String key) {
			return UsedFact.of(graded, kind, key);
		}

	}

	/** An active route calling at the state's ports, as the statement returns it, and its seizure total. */
	private record RouteTotal(Value value, SeizedTotal seized) {

		String id() {
			return value.get("route").get("id").asString();
		}

		double weight() {
			return RouteExposure.weight(seized);
		}

	}

	private record Scored(Facts facts, Details details, double score, List<Component> components) {

	}

}
