package org.liaisongraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.analysis.CountryPrioritiesQueries;
import org.liaisongraph.analysis.CountryPrioritiesWeights;
import org.liaisongraph.analysis.CountryPriority;
import org.liaisongraph.analysis.CountryScope;
import org.liaisongraph.analysis.LiaisonCoverageGap;
import org.liaisongraph.analysis.LiaisonCoverageQueries;
import org.liaisongraph.analysis.TreatyGaps;
import org.liaisongraph.analysis.TreatyGapsQueries;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.port.Port;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.ClauseType;
import org.springframework.stereotype.Service;

/**
 * How an analysis's answer, with its defaults, moved between two dates: the graph as it is now,
 * asked about each date. Gaps closed and opened (treatyGaps), states up and down the ranking
 * (countryPriorities, the default year for both dates), ports gaining or losing liaison coverage
 * (liaisonCoverageGaps toward BENELUX).
 */
@Service
class Comparisons {

	static final String COVERAGE_DESTINATION = "BENELUX";

	private static final int RANKED = 250;

	private final TreatyGapsQueries treatyGaps;

	private final CountryPrioritiesQueries priorities;

	private final LiaisonCoverageQueries coverage;

	private final GraphReader reader;

	Comparisons(TreatyGapsQueries treatyGaps, CountryPrioritiesQueries priorities, LiaisonCoverageQueries coverage,
			GraphReader reader) {
		this.treatyGaps = treatyGaps;
		this.priorities = priorities;
		this.coverage = coverage;
		this.reader = reader;
	}

	Comparison compare(Analysis analysis, LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			throw new BadRequestException("to", "must be after from");
		}
		return reader.read(() -> switch (analysis) {
			case TREATY_GAPS -> gaps(from, to);
			case COUNTRY_PRIORITIES -> ranking(from, to);
			case LIAISON_COVERAGE -> coverage(from, to);
		});
	}

	private Comparison gaps(LocalDate from, LocalDate to) {
		var closed = new ArrayList<GapMove>();
		var opened = new ArrayList<GapMove>();
		gapChanges(gaps(from), gaps(to),
				(now, was, type, isClosed) -> (isClosed ? closed : opened).add(new GapMove(now.state(), type)));
		return new Comparison(Analysis.TREATY_GAPS, from, to, closed, opened, List.of(), List.of(), List.of());
	}

	/**
	 * Each required clause type of each state of the later answer that is covered on one date and not
	 * the other; a state absent from the earlier answer lacked every type then.
	 */
	static void gapChanges(List<TreatyGaps> before, List<TreatyGaps> after, GapChange change) {
		Map<String, TreatyGaps> then = new HashMap<>();
		before.forEach(g -> then.put(g.state().iso2(), g));
		for (TreatyGaps now : after) {
			TreatyGaps was = then.get(now.state().iso2());
			List<ClauseType> missingBefore = (was != null) ? was.missing() : ClauseType.REQUIRED_BY_DEFAULT;
			for (ClauseType type : ClauseType.REQUIRED_BY_DEFAULT) {
				if (missingBefore.contains(type) != now.missing().contains(type)) {
					change.changed(now, was, type, missingBefore.contains(type));
				}
			}
		}
	}

	/** A required type covered on one date and not the other. */
	interface GapChange {

		/** @param was the earlier answer for the state, null when it had none; closed: lacking then, covered now */
		void changed(TreatyGaps now, TreatyGaps was, ClauseType type, boolean closed);

	}

	private List<TreatyGaps> gaps(LocalDate asOf) {
		return treatyGaps.treatyGaps(new TreatyGapsQueries.Selection(null, null, null, null), null, asOf, false);
	}

	private Comparison ranking(LocalDate from, LocalDate to) {
		Map<String, CountryPriority> before = new LinkedHashMap<>();
		ranked(from).forEach(p -> before.put(p.state().iso2(), p));
		var moves = new ArrayList<RankMove>();
		for (CountryPriority now : ranked(to)) {
			CountryPriority was = before.remove(now.state().iso2());
			Integer fromRank = (was != null) ? was.rank() : null;
			moves.add(new RankMove(now.state(), fromRank, now.rank(), (fromRank != null) ? fromRank - now.rank() : null));
		}
		before.values().forEach(was -> moves.add(new RankMove(was.state(), was.rank(), null, null)));
		moves.sort(Comparator.comparing((RankMove m) -> m.toRank() == null).thenComparing(
				m -> (m.toRank() != null) ? m.toRank() : m.fromRank()));
		return new Comparison(Analysis.COUNTRY_PRIORITIES, from, to, List.of(), List.of(), moves, List.of(), List.of());
	}

	private List<CountryPriority> ranked(LocalDate asOf) {
		return priorities.priorities(CountryPrioritiesWeights.DEFAULTS, RANKED, new CountryScope(null, asOf, false, false));
	}

	private Comparison coverage(LocalDate from, LocalDate to) {
		Map<String, LiaisonCoverageGap> before = new LinkedHashMap<>();
		coverage.towardBloc(COVERAGE_DESTINATION, 1, from, false).forEach(g -> before.put(g.port().locode(), g));
		var lost = new ArrayList<CoverageMove>();
		for (LiaisonCoverageGap now : coverage.towardBloc(COVERAGE_DESTINATION, 1, to, false)) {
			if (before.remove(now.port().locode()) == null) {
				lost.add(new CoverageMove(now.port(), now.state()));
			}
		}
		var gained = before.values().stream().map(g -> new CoverageMove(g.port(), g.state())).toList();
		return new Comparison(Analysis.LIAISON_COVERAGE, from, to, List.of(), List.of(), List.of(), gained, lost);
	}

	/** The analyses compare can follow. */
	enum Analysis {
		TREATY_GAPS, COUNTRY_PRIORITIES, LIAISON_COVERAGE
	}

	/** How an answer moved from one date to the other; the lists of other analyses are empty. */
	record Comparison(Analysis analysis, LocalDate from, LocalDate to, List<GapMove> gapsClosed,
			List<GapMove> gapsOpened, List<RankMove> ranking, List<CoverageMove> coverageGained,
			List<CoverageMove> coverageLost) {
	}

	/** A required clause type of a state that became covered or uncovered. */
	record GapMove(State state, ClauseType clauseType) {
	}

	/**
	 * A state's rank on both dates; null where it was not ranked.
	 *
	 * @param movement places gained (positive) or lost
	 */
	record RankMove(State state, Integer fromRank, Integer toRank, Integer movement) {
	}

	/** A port on an active route toward BENELUX whose liaison coverage changed. */
	record CoverageMove(Port port, State state) {
	}

}
