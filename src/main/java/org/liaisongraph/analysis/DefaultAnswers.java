package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.liaisongraph.analysis.DataQuality.AnswerQuality;
import org.liaisongraph.api.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The answer each analysis gives to its default question (its arguments left out; for the analyses
 * that need a place, the question the documentation asks), as the facts it uses: what dataQuality
 * grades, so that the share of A to C facts is that of an answer a user gets, not of the kinds it
 * reads.
 */
@Service
class DefaultAnswers {

	/** The question asked of each analysis, as a user writes it. */
	static final List<String> QUESTIONS = List.of("treatyGaps", "readmissionGaps", "countryPriorities",
			"sanctionCandidates", "routesBetween(from: \"EC\", to: \"BEANR\", maxLegs: 3)",
			"portExposure(locode: \"ECGYE\", sinceYear: 2020)", "liaisonCoverageGaps");

	private final TreatyGapsQueries treatyGaps;

	private final ReadmissionGapsQueries readmissionGaps;

	private final CountryPrioritiesQueries countryPriorities;

	private final SanctionCandidatesQueries sanctionCandidates;

	private final RoutesBetweenQueries routesBetween;

	private final PortExposureQueries portExposure;

	private final LiaisonCoverageQueries liaisonCoverage;

	private final Clock clock;

	DefaultAnswers(TreatyGapsQueries treatyGaps, ReadmissionGapsQueries readmissionGaps,
			CountryPrioritiesQueries countryPriorities, SanctionCandidatesQueries sanctionCandidates,
			RoutesBetweenQueries routesBetween, PortExposureQueries portExposure, LiaisonCoverageQueries liaisonCoverage,
			Clock clock) {
		this.treatyGaps = treatyGaps;
		this.readmissionGaps = readmissionGaps;
		this.countryPriorities = countryPriorities;
		this.sanctionCandidates = sanctionCandidates;
		this.routesBetween = routesBetween;
		this.portExposure = portExposure;
		this.liaisonCoverage = liaisonCoverage;
		this.clock = clock;
	}

	/** The facts of the analysis's default answer, graded; null for an analysis it does not know. */
	AnswerQuality quality(String analysis) {
		String question = QUESTIONS.stream().filter(q -> q.equals(analysis) || q.startsWith(analysis + "("))
			.findFirst()
			.orElse(null);
		if (question == null) {
			return null;
		}
		List<List<UsedFact>> rows = rows(analysis);
		return AnswerQuality.of(question, rows.size(), rows.stream().flatMap(List::stream).toList());
	}

	/** The facts of each row of the analysis's default answer (of each path, each state, ...). */
	private List<List<UsedFact>> rows(String analysis) {
		LocalDate today = LocalDate.now(clock);
		CountryScope scope = new CountryScope(null, today, false, false);
		return switch (analysis) {
			case "treatyGaps" -> treatyGaps
				.treatyGaps(new TreatyGapsQueries.Selection(null, null, null, null), null, today, false)
				.stream()
				.map(TreatyGaps::facts)
				.toList();
			case "readmissionGaps" -> readmissionGaps.readmissionGaps(null, today, false, false)
				.stream()
				.map(ReadmissionGaps::facts)
				.toList();
			case "countryPriorities" -> countryPriorities.priorities(CountryPrioritiesWeights.DEFAULTS, 20, scope)
				.stream()
				.map(row -> row.components().stream().flatMap(component -> component.facts().stream()).toList())
				.toList();
			case "sanctionCandidates" -> sanctionCandidates.candidates(30, 1000, scope, 0)
				.stream()
				.map(row -> row.criteria().stream().flatMap(criterion -> criterion.facts().stream()).toList())
				.toList();
			case "routesBetween" -> known(() -> routesBetween
				.fromState("EC", "BEANR", 3, true, RoutesBetweenController.FIRST_DEFAULT)
				.paths()
				.stream()
				.map(RoutesBetweenPath::facts)
				.toList());
			case "portExposure" -> known(() -> List.of(portExposure.exposure("ECGYE", 2020, today).facts()));
			case "liaisonCoverageGaps" -> known(() -> liaisonCoverage.towardBloc("BENELUX", 1, today, false)
				.stream()
				.map(LiaisonCoverageGap::facts)
				.toList());
			default -> List.of();
		};
	}

	/** The facts of an answer about a place the graph may not hold: none then. */
	private static List<List<UsedFact>> known(Supplier<List<List<UsedFact>>> answer) {
		try {
			return answer.get();
		}
		catch (NotFoundException ex) {
			return List.of();
		}
	}

}
