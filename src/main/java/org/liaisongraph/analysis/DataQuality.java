package org.liaisongraph.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.liaisongraph.source.Provenance;

/**
 * How much of the graph an analysis may be acted on: per label and relationship type, and per
 * analysis over the facts it reads, the share of facts graded A to C, and the invented ones.
 */
record DataQuality(List<FactQuality> facts, List<AnalysisQuality> analyses, List<IllustrativeFact> illustrative) {

	/** The facts of one label or relationship type by grade. */
	record FactQuality(String kind, int total, int confirmed, double confirmedShare, int illustrative, int unsourced) {

		static FactQuality of(String kind, int total, int confirmed, int illustrative, int unsourced) {
			return new FactQuality(kind, total, confirmed, share(confirmed, total), illustrative, unsourced);
		}

	}

	/** The facts one analysis reads, all kinds together (the facts of its default answer: {@link AnswerQuality}). */
	record AnalysisQuality(String analysis, List<String> inputs, int total, int confirmed, double confirmedShare,
			int illustrative) {

		static AnalysisQuality of(String analysis, List<String> inputs, int total, int confirmed, int illustrative) {
			return new AnalysisQuality(analysis, inputs, total, confirmed, share(confirmed, total), illustrative);
		}

	}

	/**
	 * The rows of one answer and the distinct facts they use, by grade, and the invented ones among
	 * them. An answer that used no fact (no row: no state meets the criteria) has no share: 0 would
	 * read as "all invented".
	 */
	record AnswerQuality(String question, int rows, int facts, int confirmed, Double confirmedShare, int unsourced,
			List<IllustrativeFact> illustrative) {

		static AnswerQuality of(String question, int rows, Collection<UsedFact> used) {
			var distinct = new LinkedHashSet<>(used);
			int confirmed = (int) distinct.stream().filter(f -> Provenance.confirmed(f.grade())).count();
			int unsourced = (int) distinct.stream().filter(f -> f.grade() == null).count();
			return new AnswerQuality(question, rows, distinct.size(), confirmed,
					distinct.isEmpty() ? null : share(confirmed, distinct.size()), unsourced,
					distinct.stream()
						.filter(UsedFact::illustrative)
						.map(f -> new IllustrativeFact(f.kind(), f.key()))
						.sorted(Comparator.comparing(IllustrativeFact::kind).thenComparing(IllustrativeFact::key))
						.toList());
		}

	}

	private static double share(int part, int total) {
		return (total == 0) ? 0 : (double) part / total;
	}

	/** A fact invented for illustration: its label or type and its key. */
	record IllustrativeFact(String kind, String key) {
	}

}
