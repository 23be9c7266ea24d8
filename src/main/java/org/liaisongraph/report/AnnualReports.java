package org.liaisongraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.liaisongraph.analysis.CountryPrioritiesQueries;
import org.liaisongraph.analysis.CountryPrioritiesWeights;
import org.liaisongraph.analysis.CountryPriority;
import org.liaisongraph.analysis.CountryScope;
import org.liaisongraph.analysis.ReadmissionGaps;
import org.liaisongraph.analysis.ReadmissionGapsQueries;
import org.liaisongraph.analysis.TreatyGaps;
import org.liaisongraph.analysis.TreatyGapsQueries;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.liaison.LiaisonOfficer;
import org.liaisongraph.liaison.Post;
import org.liaisongraph.maritime.DetectionFunnel;
import org.liaisongraph.maritime.IntegrityTrend;
import org.liaisongraph.maritime.MaocnContribution;
import org.liaisongraph.maritime.MaritimeAnalyses;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.port.Port;
import org.liaisongraph.report.AnnualReport.FactRef;
import org.liaisongraph.report.AnnualReport.Figure;
import org.liaisongraph.report.AnnualReport.GapRow;
import org.liaisongraph.report.AnnualReport.Item;
import org.liaisongraph.report.AnnualReport.NetworkPlace;
import org.liaisongraph.report.AnnualReport.PlaceKind;
import org.liaisongraph.report.AnnualReport.RankRow;
import org.liaisongraph.report.AnnualReport.Section;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.sanction.SanctionMeasure;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.Source;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.ClauseType;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Assembles the annual report of a year from the graph as it stands on the year's last day, from
 * the answers of the analyses ({@code treatyGaps}, {@code readmissionGaps}, {@code countryPriorities})
 * and the report's own statements of {@code queries/report-*.cypher}; changes are measured against
 * the last report published for an earlier year.
 */
@Service
public class AnnualReports {

	/** The states of §9.2: Latin America and the Caribbean, by UN subregion, and Morocco. */
	static final List<String> LATIN_AMERICA = List.of("South America", "Central America", "Caribbean");

	static final List<String> ALSO_CONCERNED = List.of("MA");


	private static final int RANKED = 250;

	private final TreatyGapsQueries treatyGaps;

	private final ReadmissionGapsQueries readmissionGaps;

	private final CountryPrioritiesQueries priorities;

	private final PublishedReports published;

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties liaison;

	private final MaritimeAnalyses maritime;

	AnnualReports(TreatyGapsQueries treatyGaps, ReadmissionGapsQueries readmissionGaps,
			CountryPrioritiesQueries priorities, PublishedReports published, GraphReader reader, NamedQueries queries,
			LiaisonProperties liaison, MaritimeAnalyses maritime) {
		this.treatyGaps = treatyGaps;
		this.readmissionGaps = readmissionGaps;
		this.priorities = priorities;
		this.published = published;
		this.reader = reader;
		this.queries = queries;
		this.liaison = liaison;
		this.maritime = maritime;
	}

	/** The report of the year, in the language; invented facts count only with includeIllustrative. */
	public AnnualReport report(int year, ReportLanguage lang, boolean includeIllustrative) {
		if (year < 1901 || year > 2100) {
			throw new BadRequestException("year", "must be a year between 1901 and 2100, was " + year);
		}
		return reader.read(() -> build(year, lang, includeIllustrative));
	}

	private AnnualReport build(int year, ReportLanguage lang, boolean includeIllustrative) {
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate before = end.minusYears(1);
		var previous = published.lastBefore(year);
		ReportFigures then = previous.map(PublishedReports.Stored::figures).orElse(null);
		var context = new Context(lang, lang.messages(), grades(includeIllustrative), then);
		List<TreatyGaps> gapsBefore = concerned(before);
		List<TreatyGaps> gapsEnd = concerned(end);
		var sections = new ArrayList<Section>();
		sections.add(measures(context, year, before, end, gapsBefore, gapsEnd));
		sections.add(cooperation(context, gapsEnd));
		sections.add(network(context, year, end));
		sections.add(ranking(context, year, end, includeIllustrative));
		sections.add(defenceEngagement(context, year));
		sections.add(maocnContribution(context, year));
		sections.add(integrity(context, year));
		return new AnnualReport(year, lang, end, includeIllustrative,
				previous.map(PublishedReports.Stored::previous).orElse(null), sections, context.grades.sourcesUsed());
	}

	/** §9.1: treaty gaps closed and opened, sanction measures, readmission obligations gained. */
	private Section measures(Context c, int year, LocalDate before, LocalDate end, List<TreatyGaps> gapsBefore,
			List<TreatyGaps> gapsEnd) {
		var closed = new ArrayList<Item>();
		var opened = new ArrayList<Item>();
		Comparisons.gapChanges(gapsBefore, gapsEnd, (now, was, type, isClosed) -> {
			if (isClosed) {
				closed.add(gapItem(c, now, type, now.treaties()));
			}
			else {
				opened.add(gapItem(c, now, type, (was != null) ? was.treaties() : List.of()));
			}
		});
		var proposed = new ArrayList<Item>();
		var adopted = new ArrayList<Item>();
		var lifted = new ArrayList<Item>();
		int undated = 0;
		for (var row : reader.records(queries.get("report-sanctions"), Map.of())) {
			var measure = reader.node(SanctionMeasure.class, row.get("measure"));
			List<State> targets = row.get("targets").asList(v -> reader.node(State.class, v));
			Item item = c.grades.item(c.text("sanction." + measure.kind().name()) + " — "
					+ String.join(", ", targets.stream().map(c.lang::name).toList()), 1,
					Stream.concat(Stream.of(c.grades.fact(FactLabel.SANCTION_MEASURE, measure.id())),
							targets.stream().map(s -> c.grades.fact(FactLabel.STATE, s.iso2()))).toList());
			if (measure.proposedOn() == null) {
				undated++;
			}
			else if (measure.proposedOn().getYear() == year) {
				proposed.add(item);
			}
			if (measure.adoptedOn() != null && measure.adoptedOn().getYear() == year) {
				adopted.add(item);
			}
			if (measure.liftedOn() != null && measure.liftedOn().getYear() == year) {
				lifted.add(item);
			}
		}
		var gained = new ArrayList<Item>();
		Set<String> obligedBefore = new HashSet<>();
		readmissionGaps.readmissionGaps(null, before, false, false)
			.forEach(g -> g.obligations().forEach(o -> obligedBefore.add(obligationKey(g.state(), o))));
		for (ReadmissionGaps gaps : readmissionGaps.readmissionGaps(null, end, false, false)) {
			for (ReadmissionGaps.Obligation o : gaps.obligations()) {
				if (!obligedBefore.contains(obligationKey(gaps.state(), o))) {
					gained.add(c.grades.item(c.lang.name(gaps.state()) + " — " + o.treaty().title(), 1,
							List.of(c.grades.fact(FactLabel.TREATY, o.treaty().id()),
									c.grades.fact(FactLabel.CLAUSE, o.clause().id()))));
				}
			}
		}
		// A measure whose proposal date no source gives is counted nowhere among the proposed: said, not guessed.
		String note = (undated > 0) ? c.text("sanctionsUndated", undated) : null;
		return c.section("9.1", note, List.of(c.figure("9.1.gapsClosed", closed), c.figure("9.1.gapsOpened", opened),
				c.figure("9.1.sanctionsProposed", proposed), c.figure("9.1.sanctionsAdopted", adopted),
				c.figure("9.1.sanctionsLifted", lifted), c.figure("9.1.readmissionGained", gained)), List.of(), List.of());
	}

	private static String obligationKey(State state, ReadmissionGaps.Obligation o) {
		return state.iso2() + "|" + o.treaty().id() + "|" + o.clause().id();
	}

	private static Item gapItem(Context c, TreatyGaps gaps, ClauseType type, List<TreatyGaps.Coverage> treaties) {
		var facts = new ArrayList<FactRef>();
		facts.add(c.grades.fact(FactLabel.STATE, gaps.state().iso2()));
		treaties.stream()
			.filter(t -> t.covers().contains(type))
			.forEach(t -> facts.add(c.grades.fact(FactLabel.TREATY, t.treaty().id())));
		return c.grades.item(c.lang.name(gaps.state()) + ": " + c.text("clause." + type.name()), 1, facts);
	}

	/** §9.2: the gap matrix of the states concerned, against the previous report's. */
	private Section cooperation(Context c, List<TreatyGaps> gapsEnd) {
		var rows = new ArrayList<GapRow>();
		var withoutTreaty = new ArrayList<Item>();
		var open = new ArrayList<Item>();
		for (TreatyGaps gaps : gapsEnd) {
			State state = gaps.state();
			List<FactRef> treaties = gaps.treaties()
				.stream()
				.map(t -> c.grades.fact(FactLabel.TREATY, t.treaty().id()))
				.toList();
			List<String> missingThen = (c.then != null) ? c.then.missing().get(state.iso2()) : null;
			List<ClauseType> closed = (missingThen == null) ? List.of()
					: gaps.covered().stream().filter(t -> missingThen.contains(t.name())).toList();
			List<ClauseType> opened = (missingThen == null) ? List.of()
					: gaps.missing().stream().filter(t -> !missingThen.contains(t.name())).toList();
			rows.add(new GapRow(state, c.lang.name(state), gaps.covered(), gaps.missing(), closed, opened, treaties,
					treaties.stream().anyMatch(FactRef::illustrative)));
			var stateFact = c.grades.fact(FactLabel.STATE, state.iso2());
			if (!gaps.hasBilateralTreaty()) {
				withoutTreaty.add(c.grades.item(c.lang.name(state), 1, List.of(stateFact)));
			}
			for (ClauseType type : gaps.missing()) {
				open.add(c.grades.item(c.lang.name(state) + ": " + c.text("clause." + type.name()), 1,
						Stream.concat(Stream.of(stateFact), treaties.stream()).toList()));
			}
		}
		rows.sort(Comparator.comparing(GapRow::stateName).thenComparing(r -> r.state().iso2()));
		String note = rows.isEmpty() ? c.text("noData") : null;
		return c.section("9.2", note, List.of(c.figure("9.2.statesWithoutTreaty", withoutTreaty),
				c.figure("9.2.gapsOpen", open)), rows, List.of());
	}

	/** §9.3: officers and posts, ports on active routes covered or not, seizures by their port's coverage. */
	private Section network(Context c, int year, LocalDate end) {
		var officers = new ArrayList<Item>();
		Map<String, List<FactRef>> posts = new LinkedHashMap<>();
		Map<String, String> postNames = new HashMap<>();
		Map<String, Port> postPlaces = new HashMap<>();
		for (var row : reader.records(queries.get("report-deployment"), Map.of("homeState", liaison.homeState(), "asOf", end))) {
			var officer = reader.node(LiaisonOfficer.class, row.get("officer"));
			Post post = optional(row.get("post"), v -> reader.node(Post.class, v));
			Port port = optional(row.get("port"), v -> reader.node(Port.class, v));
			Port place = (port != null && port.latitude() != null) ? port
					: row.get("postCovers").asList(v -> reader.node(Port.class, v)).stream().findFirst().orElse(null);
			var facts = new ArrayList<FactRef>();
			// An officer's name is restricted: the report names the role and where, never the person.
			facts.add(c.grades.fact(FactLabel.LIAISON_OFFICER, officer.id()));
			if (post != null) {
				facts.add(c.grades.fact(FactLabel.POST, post.id()));
				posts.computeIfAbsent(post.id(), id -> new ArrayList<>()).addAll(facts);
				postNames.put(post.id(), post.name());
				if (place != null) {
					postPlaces.putIfAbsent(post.id(), place);
				}
			}
			if (port != null) {
				facts.add(c.grades.fact(FactLabel.PORT, port.locode()));
			}
			officers.add(c.grades.item(c.text("role." + officer.role().name())
					+ ((post != null) ? " — " + post.name() : "") + ((port != null) ? " (" + port.name() + ")" : ""), 1,
					facts));
		}
		var postItems = new ArrayList<Item>();
		var map = new ArrayList<NetworkPlace>();
		posts.forEach((id, facts) -> {
			Item item = c.grades.item(postNames.get(id), 1, facts);
			postItems.add(item);
			map.add(place(item, postPlaces.get(id), PlaceKind.POST));
		});

		var covered = new ArrayList<Item>();
		var uncovered = new ArrayList<Item>();
		var scope = new CountryScope(year, end, true, true);
		for (CountryPriority state : priorities.priorities(CountryPrioritiesWeights.DEFAULTS, RANKED, scope)) {
			for (Port port : state.portsWithLiaison()) {
				covered.add(portItem(c, state, port));
				map.add(place(covered.getLast(), port, PlaceKind.COVERED_PORT));
			}
			for (Port port : state.portsWithoutLiaison()) {
				uncovered.add(portItem(c, state, port));
				map.add(place(uncovered.getLast(), port, PlaceKind.UNCOVERED_PORT));
			}
		}
		var fromCovered = new ArrayList<Item>();
		var fromUncovered = new ArrayList<Item>();
		for (var row : reader.records(queries.get("report-seizures"), Map.of("homeState", liaison.homeState(), "year", year))) {
			var seizure = reader.node(Seizure.class, row.get("seizure"));
			var port = reader.node(Port.class, row.get("port"));
			Item item = c.grades.item(seizure.seizedOn() + " — " + seizure.drug() + ", " + port.name(),
					seizure.quantityKg(), List.of(c.grades.fact(FactLabel.SEIZURE, seizure.id()),
							c.grades.fact(FactLabel.PORT, port.locode())));
			(row.get("covered").asBoolean() ? fromCovered : fromUncovered).add(item);
		}
		return new Section("9.3", c.text("section.9.3"), true, null,
				List.of(c.figure("9.3.officers", officers), c.figure("9.3.posts", postItems),
						c.figure("9.3.portsCovered", covered), c.figure("9.3.portsUncovered", uncovered),
						c.figure("9.3.seizedFromCovered", fromCovered), c.figure("9.3.seizedFromUncovered", fromUncovered)),
				List.of(), List.of(), map);
	}

	/** A place of the map, named and marked like its item in the tables; no position when the port has none. */
	private static NetworkPlace place(Item item, Port port, PlaceKind kind) {
		return new NetworkPlace(item.text(), (port != null) ? port.latitude() : null,
				(port != null) ? port.longitude() : null, kind, item.illustrative());
	}

	private static Item portItem(Context c, CountryPriority state, Port port) {
		var facts = new ArrayList<FactRef>();
		facts.add(c.grades.fact(FactLabel.PORT, port.locode()));
		state.routes()
			.stream()
			.filter(r -> r.ports().stream().anyMatch(p -> p.locode().equals(port.locode())))
			.map(CountryPriority.RouteExposure::route)
			.map(TraffickingRoute::id)
			.forEach(id -> facts.add(c.grades.fact(FactLabel.TRAFFICKING_ROUTE, id)));
		return c.grades.item(port.name() + " (" + c.lang.name(state.state()) + ")", 1, facts);
	}

	/** §9.4: the task force's default ranking for the year, with each state's movement. */
	private Section ranking(Context c, int year, LocalDate end, boolean includeIllustrative) {
		var rows = new ArrayList<RankRow>();
		// the largest seizures of each state, whose sources the report lists: its total stands for the rest
		for (CountryPriority p : priorities.priorities(CountryPrioritiesWeights.DEFAULTS, RANKED,
				new CountryScope(year, end, false, includeIllustrative), CountryPrioritiesQueries.MAX_SEIZURES_LISTED)) {
			Integer previousRank = (c.then != null) ? c.then.ranks().get(p.state().iso2()) : null;
			rows.add(new RankRow(p.rank(), p.state(), c.lang.name(p.state()), p.score(), previousRank,
					(previousRank != null) ? previousRank - p.rank() : null));
			p.seizures().forEach(z -> c.grades.fact(FactLabel.SEIZURE, z.id()));
		}
		return c.section("9.4", rows.isEmpty() ? c.text("noData") : null, List.of(), List.of(), rows);
	}

	/**
	 * §7.1: the detection funnel of the year, each detection, referral, interception and seizure an
	 * item graded by its weakest fact (itself and the case and detection it followed), as in §9.
	 */
	private Section defenceEngagement(Context c, int year) {
		DetectionFunnel funnel = maritime.detectionFunnel(year);
		DetectionFunnel.Stages stages = funnel.total();
		if (stages.detections() == 0 && stages.referrals() == 0) {
			return c.noData("7.1");
		}
		DetectionFunnel.Counted counted = funnel.counted();
		return c.section("7.1", null, List.of(c.figure("7.1.detections", counted(c, counted.detections(), Map.of())),
				c.figure("7.1.referrals", counted(c, counted.referrals(), Map.of())),
				c.figure("7.1.interceptions", counted(c, counted.interceptions(), Map.of())),
				c.figure("7.1.seizures", counted(c, counted.seizures(), Map.of())),
				c.figure("7.1.seizedKg", counted(c, counted.seizures(), counted.seizedKg()))), List.of(), List.of());
	}

	/** An item per thing counted, by id, of amount 1 or its kg, graded by the facts it rests on. */
	private static List<Item> counted(Context c, Map<String, List<DetectionFunnel.FactRef>> stage,
			Map<String, Double> amounts) {
		return stage.entrySet()
			.stream()
			.map(e -> c.grades.item(e.getKey(), amounts.getOrDefault(e.getKey(), 1.0),
					e.getValue().stream().map(f -> c.grades.fact(f.label(), f.key())).toList()))
			.toList();
	}

	/**
	 * §7.2: the home state's part in MAOC-N as published (operational deployments left out): asset-days
	 * graded by the deployments counted, staff by the participations' sources, cases and seizures one
	 * by one. Staff alone is standing membership, not activity of the year.
	 */
	private Section maocnContribution(Context c, int year) {
		MaocnContribution contribution;
		try {
			contribution = maritime.publishedMaocnContribution(year, liaison.homeState());
		}
		catch (NotFoundException ex) {
			return c.noData("7.2");
		}
		if (contribution.assetDays() == 0 && contribution.detections() == 0 && contribution.cases().isEmpty()) {
			return c.noData("7.2");
		}
		var cases = contribution.cases()
			.stream()
			.map(k -> c.grades.item(k.id() + " — " + c.text("outcome." + k.outcome().name()), 1,
					List.of(c.grades.fact(FactLabel.MAOCN_CASE, k.id()))))
			.toList();
		var seized = contribution.seizures()
			.stream()
			.map(z -> c.grades.item(z.seizedOn() + " — " + z.drug(), z.quantityKg(),
					List.of(c.grades.fact(FactLabel.SEIZURE, z.id()))))
			.toList();
		var deployments = contribution.deployments()
			.stream()
			.map(d -> c.grades.fact(FactLabel.DEPLOYMENT, d.id()))
			.toList();
		Integer staff = contribution.staff();
		return c.section("7.2", null, List.of(
				c.figure("7.2.staff",
						(staff != null) ? List.of(c.grades.aggregate(staff, contribution.staffGrade())) : List.of()),
				c.figure("7.2.assetDays",
						List.of(c.grades.item(String.valueOf(contribution.assetDays()), contribution.assetDays(), deployments))),
				c.figure("7.2.cases", cases), c.figure("7.2.seizedKg", seized)), List.of(), List.of());
	}

	/**
	 * §7.3: the integrity figures of the year by kind, as published: a total under the aggregation
	 * threshold is listed as withheld, never counted nor shown.
	 */
	private Section integrity(Context c, int year) {
		List<IntegrityTrend> trend = maritime.publishedIntegrityTrend(year, year);
		if (trend.isEmpty()) {
			return c.noData("7.3");
		}
		var figures = new ArrayList<Figure>();
		for (IntegrityTrend kind : trend) {
			Item item = kind.withheld() ? c.grades.withheld(c.text("withheld"), kind.grade())
					: c.grades.aggregate(kind.total(), kind.grade());
			figures.add(c.figure("7.3." + kind.kind().name(), List.of(item)));
		}
		return c.section("7.3", null, figures, List.of(), List.of());
	}

	/** The gaps of §9.2's states on the date; Morocco only when the graph has it. */
	private List<TreatyGaps> concerned(LocalDate asOf) {
		var gaps = new ArrayList<TreatyGaps>();
		gaps.addAll(selected(new TreatyGapsQueries.Selection(null, null, LATIN_AMERICA, null), asOf));
		gaps.addAll(selected(new TreatyGapsQueries.Selection(ALSO_CONCERNED, null, null, null), asOf));
		return gaps;
	}

	private List<TreatyGaps> selected(TreatyGapsQueries.Selection selection, LocalDate asOf) {
		try {
			return treatyGaps.treatyGaps(selection, List.copyOf(ClauseType.REQUIRED_BY_DEFAULT), asOf, false);
		}
		catch (NotFoundException ex) {
			// A graph without these states: the matrix has no rows for them, and says so.
			return List.of();
		}
	}

	private static <T> T optional(Value value, Function<Value, T> read) {
		return value.isNull() ? null : read.apply(value);
	}

	private Grades grades(boolean includeIllustrative) {
		var sources = new HashMap<String, Map<String, List<Source>>>();
		for (var row : reader.records(queries.get("report-grades"), Map.of("keyOf", Grades.keyOf()))) {
			sources.computeIfAbsent(row.get("label").asString(), l -> new HashMap<>())
				.put(row.get("key").asObject().toString(), row.get("sources").asList(v -> reader.node(Source.class, v)));
		}
		return new Grades(sources, includeIllustrative);
	}

	/** What every section is built with: the language, its labels, the grades, the previous report's figures. */
	private record Context(ReportLanguage lang, ResourceBundle messages, Grades grades, ReportFigures then) {

		String text(String key, Object... arguments) {
			return ReportRenderer.text(messages, key, arguments);
		}

		Figure figure(String key, List<Item> items) {
			Double previous = (then != null) ? then.figures().get(key) : null;
			return new Figure(key, text("figure." + key), Grades.total(items), previous, items);
		}

		Section noData(String code) {
			return new Section(code, text("section." + code), false, text("noData"), List.of(), List.of(), List.of(),
					List.of());
		}

		Section section(String code, String note, List<Figure> figures, List<GapRow> matrix, List<RankRow> ranking) {
			return new Section(code, text("section." + code), true, note, figures, matrix, ranking, List.of());
		}

	}

}
