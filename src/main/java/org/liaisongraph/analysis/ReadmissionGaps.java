package org.liaisongraph.analysis;

import java.util.List;

import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Clause;
import org.liaisongraph.treaty.ClauseType;
import org.liaisongraph.treaty.Treaty;
import org.liaisongraph.treaty.TreatyKind;
import org.neo4j.driver.Value;

/**
 * A state whose nationals were convicted in the home state, and the readmission obligations that
 * cover it.
 *
 * @param convictions yearly figures, oldest first
 * @param obligations binding readmission clauses of bilateral treaties in force; empty when uncovered
 */
public record ReadmissionGaps(State state, int totalConvicted, List<Figure> convictions, List<Obligation> obligations) {

	boolean covered() {
		return !obligations.isEmpty();
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

	}

	/** A binding readmission clause of a bilateral treaty in force, and the home-side party bound by it. */
	public record Obligation(Treaty treaty, TreatyKind kind, Clause clause, List<String> via) {

		/** The binding clauses satisfying READMISSION of the links that are bilateral treaties in force. */
		static List<Obligation> of(List<TreatyGaps.Link> links) {
			return links.stream()
				.filter(TreatyGaps.Link::bilateralInForce)
				.flatMap(l -> l.clauses()
					.stream()
					.filter(c -> ClauseType.satisfied(ClauseType.READMISSION, List.of(c), true))
					.map(c -> new Obligation(l.treaty(), l.treaty().kind(), c, l.via())))
				.toList();
		}

	}

}
