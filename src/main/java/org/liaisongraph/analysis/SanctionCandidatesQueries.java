package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.analysis.SanctionCandidate.Criterion;
import org.liaisongraph.analysis.SanctionCandidate.CriterionKind;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.sanction.SanctionMeasure;
import org.liaisongraph.sanction.SanctionStatus;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.ClauseType;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/**
 * States that meet every negligence criterion (low corruption score, large quantities seized from
 * their ports, no cooperation treaty) and against which no measure is adopted yet.
 */
@Service
class SanctionCandidatesQueries {

	/**
	 * The clause types that make a treaty a cooperation treaty (ClauseType.COOPERATION, as each type
	 * satisfies it): the statement keeps only states none of whose bilateral treaties in force has one.
	 */
	private static final List<String> COOPERATION_CLAUSES = Arrays.stream(ClauseType.values())
		.filter(type -> ClauseType.COOPERATION.stream().anyMatch(type::satisfies))
		.map(ClauseType::name)
		.toList();

	private static final Comparator<SanctionCandidate> ORDER = Comparator
		.<SanctionCandidate>comparingDouble(c -> -c.seizedKg())
		.thenComparing(c -> c.state().name())
		.thenComparing(c -> c.state().iso2());

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties liaison;

	private final SeizureLists seizureLists;

	SanctionCandidatesQueries(GraphReader reader, NamedQueries queries, LiaisonProperties liaison,
			SeizureLists seizureLists) {
		this.reader = reader;
		this.queries = queries;
		this.liaison = liaison;
		this.seizureLists = seizureLists;
	}

	/**
	 * The candidates, most seized first, with the facts behind every criterion.
	 * @param seizures how many of its largest seizures to list per candidate, 0 for none
	 */
	List<SanctionCandidate> candidates(double maxCorruptionScore, double minSeizedKg, CountryScope scope, int seizures) {
		return candidates(maxCorruptionScore, minSeizedKg, scope, seizures, true);
	}

	/**
	 * The candidates, most seized first.
	 * @param seizures how many of its largest seizures to list per candidate, 0 for none
	 * @param details  whether to grade the treaties checked: without, the no-cooperation-treaty
	 *                 criterion lists no fact (so the grade does not weigh them)
	 */
	List<SanctionCandidate> candidates(double maxCorruptionScore, double minSeizedKg, CountryScope scope, int seizures,
			boolean details) {
		if (maxCorruptionScore < 0) {
			throw new BadRequestException("maxCorruptionScore", "must not be negative, was " + maxCorruptionScore);
		}
		if (minSeizedKg < 0) {
			throw new BadRequestException("minSeizedKg", "must not be negative, was " + minSeizedKg);
		}
		var parameters = scope.parameters(liaison.homeState());
		parameters.put("maxCorruptionScore", maxCorruptionScore);
		parameters.put("minSeizedKg", minSeizedKg);
		parameters.put("details", details);
		parameters.put("cooperationTypes", COOPERATION_CLAUSES);
		var candidates = reader.records(queries.get("sanction-candidates"), parameters)
			.stream()
			.flatMap(r -> candidate(r, scope.asOf()).stream())
			.sorted(ORDER)
			.toList();
		if (candidates.isEmpty() || seizures == 0) {
			return candidates;
		}
		var listed = seizureLists.ofStates(candidates.stream().map(c -> c.state().iso2()).toList(),
				candidates.getFirst().year(), seizures, scope.includeIllustrative());
		return candidates.stream().map(c -> c.withSeizures(listed.getOrDefault(c.state().iso2(), List.of()))).toList();
	}

	/** The state of a row (none of its bilateral treaties in force has a cooperation clause), unless a measure against it is adopted. */
	private Optional<SanctionCandidate> candidate(Record r, LocalDate asOf) {
		var measures = r.get("measures").asList(m -> reader.node(SanctionMeasure.class, m));
		if (measures.stream().anyMatch(m -> m.adoptedOn(asOf))) {
			return Optional.empty();
		}
		// bilateral-in-force-with: only the bilateral treaties in force
		var treaties = TreatyGaps.Link.read(reader, r.get("treaties"));
		var state = reader.node(State.class, r.get("s"));
		var rating = CountryPriority.Rating.read(reader, r.get("rating"));
		int year = r.get("year").asInt();
		var seized = SeizedTotal.read(r.get("statePlace").asString(), year, r.get("seized"));
		var graded = UsedFact.read(r.get("facts"));
		var criteria = List.of(
				new Criterion(CriterionKind.LOW_CORRUPTION_SCORE, List.of(UsedFact.of("RATED",
						state.iso2() + ">" + rating.index().code() + " " + rating.year(), rating))),
				new Criterion(CriterionKind.SEIZED_SHIPPED_FROM, List.of(seized.fact())),
				new Criterion(CriterionKind.NO_COOPERATION_TREATY,
						UsedFact.all(treaties.stream().flatMap(l -> l.usedFacts().stream()).toList())),
				new Criterion(CriterionKind.NO_MEASURE_ADOPTED,
						measures.stream().map(m -> UsedFact.of(graded, "SanctionMeasure", m.id())).toList()));
		return Optional.of(new SanctionCandidate(state, year, rating, seized, List.of(), treaties.stream().map(TreatyGaps.Link::treaty).toList(),
				measures.stream().filter(m -> m.status() == SanctionStatus.PROPOSED).toList(), criteria));
	}

}
