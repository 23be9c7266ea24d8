package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.List;

import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;
import org.liaisongraph.state.Detention;
import org.liaisongraph.state.DetentionMeasure;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Clause;
import org.liaisongraph.treaty.ClauseType;
import org.liaisongraph.treaty.Treaty;
import org.liaisongraph.treaty.TreatyKind;
import org.neo4j.driver.Value;

/**
 * A state whose nationals are in the home state's prisons (or were convicted there), and the
 * readmission obligations that cover it.
 *
 * @param referenceDate the latest reference date on or before the date asked on which the prison
 *                      population by nationality was published; null when none was
 * @param detained      its nationals in the home state's prisons on that date; null when no figure
 *                      was published for it (unknown, not zero)
 * @param convictions   yearly conviction figures, oldest first (invented ones only when asked)
 * @param obligations   binding readmission clauses of bilateral treaties in force; empty when uncovered
 */
public record ReadmissionGaps(State state, LocalDate referenceDate, Detention detained, int totalConvicted,
		List<Figure> convictions, List<Obligation> obligations, List<UsedFact> facts) {

	/**
	 * A state's row from its figures and the treaties it shares with the home side, of which the
	 * bilateral treaties in force decide whether an obligation covers it.
	 */
	static ReadmissionGaps of(State state, LocalDate referenceDate, Detention detained, List<Figure> convictions,
			List<TreatyGaps.Link> treaties, String homeState) {
		var obligations = Obligation.of(treaties);
		return new ReadmissionGaps(state, referenceDate, detained, Figure.total(convictions), convictions, obligations,
				UsedFact.all(detainedFacts(detained), Figure.facts(convictions, state, homeState),
						coverageFacts(treaties, obligations)));
	}

	/**
	 * The facts the judgment "covered or not" rests on: the obligations that cover the state; when
	 * none does, every bilateral treaty in force that was checked, with its clauses, since the
	 * absence of a readmission clause is a finding about all of them (as a missing clause type is in
	 * treatyGaps and countryPriorities, and a missing cooperation treaty in sanctionCandidates). None
	 * when the treaties were not graded (an answer that shows no facts).
	 */
	static List<UsedFact> coverageFacts(List<TreatyGaps.Link> treaties, List<Obligation> obligations) {
		if (!obligations.isEmpty()) {
			return Obligation.facts(obligations);
		}
		return treaties.stream().filter(TreatyGaps.Link::bilateralInForce).flatMap(l -> l.usedFacts().stream()).toList();
	}

	/** The weakest grade of the facts the row used. */
	public String grade() {
		return UsedFact.grade(facts);
	}

	public boolean illustrative() {
		return Provenance.illustrative(grade());
	}

	boolean covered() {
		return !obligations.isEmpty();
	}

	/** The {@code detained} column of the {@code detained-figure} fragment: the figure, or null (unknown). */
	static Detention detention(GraphReader reader, Value detained, State state, State home) {
		if (detained.isNull()) {
			return null;
		}
		return new Detention(state, home, detained.get("date").asLocalDate(),
				DetentionMeasure.valueOf(detained.get("measure").asString()), detained.get("count").asInt(),
				reader.node(Source.class, detained.get("source")), null);
	}

	/** The figure as a graded fact, keyed as dataQuality keys it ({@code MA>BE 2024-01-01 PRISON_POPULATION}). */
	static List<UsedFact> detainedFacts(Detention detained) {
		return (detained == null) ? List.of()
				: List.of(UsedFact.of("DETAINED_IN", detained.nationality().iso2() + ">" + detained.detainedIn().iso2()
						+ " " + detained.date() + " " + detained.measure(), detained));
	}

	/** Nationals convicted in the home state in one year, as one source gives it. */
	public record Figure(int year, int count, Source source) implements Sourced {

		static List<Figure> read(GraphReader reader, Value figures) {
			return figures.asList(v -> new Figure(v.get("year").asInt(), v.get("count").asInt(),
					reader.node(Source.class, v.get("source"))));
		}

		static int total(List<Figure> figures) {
			return figures.stream().mapToInt(Figure::count).sum();
		}

		/** The figures as graded facts, keyed as dataQuality keys them ({@code MA>BE 2023}). */
		static List<UsedFact> facts(List<Figure> figures, State state, String homeState) {
			return figures.stream()
				.map(f -> UsedFact.of("NATIONALS_CONVICTED", state.iso2() + ">" + homeState + " " + f.year(), f))
				.toList();
		}

	}

	/** A binding readmission clause of a bilateral treaty in force, and the home-side party bound by it. */
	public record Obligation(Treaty treaty, TreatyKind kind, Clause clause, List<String> via, List<UsedFact> facts) {

		/** The binding clauses satisfying READMISSION of the links that are bilateral treaties in force. */
		static List<Obligation> of(List<TreatyGaps.Link> links) {
			return links.stream()
				.filter(TreatyGaps.Link::bilateralInForce)
				.flatMap(l -> l.clauses()
					.stream()
					.filter(c -> ClauseType.satisfied(ClauseType.READMISSION, List.of(c), true))
					.map(c -> new Obligation(l.treaty(), l.treaty().kind(), c, l.via(), l.usedFacts(c))))
				.toList();
		}

		static List<UsedFact> facts(List<Obligation> obligations) {
			return obligations.stream().flatMap(o -> o.facts().stream()).toList();
		}

	}

}
