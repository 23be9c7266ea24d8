package org.liaisongraph.report;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;

import org.liaisongraph.source.Source;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.ClauseType;

/**
 * The annual report on one year, as the graph says on the year's last day.
 *
 * @param asOf                the day the graph is read on: 31 December of the year
 * @param includeIllustrative whether facts invented for illustration count in the figures; they are
 *                            marked either way
 * @param previous            the last report published for an earlier year, which changes are measured against;
 *                            null when none was published
 * @param sources             every source behind a fact the report names, with its grade
 */
public record AnnualReport(int year, ReportLanguage lang, LocalDate asOf, boolean includeIllustrative,
		PreviousReport previous, List<Section> sections, List<SourceUse> sources) {

	/** The section of this code ("9.1"), or null. */
	public Section section(String code) {
		return sections.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
	}

	/** The published report the changes are measured against. */
	public record PreviousReport(int year, OffsetDateTime publishedAt, String publishedBy) {
	}

	/**
	 * One section of the resolutions' §9 or §7.
	 *
	 * @param hasData false when the graph holds nothing the section could be drawn from: it says so and
	 *                shows nothing
	 * @param note    why it shows nothing, or what it cannot count
	 * @param network §9.3: the places the map of the network shows
	 */
	public record Section(String code, String title, boolean hasData, String note, List<Figure> figures,
			List<GapRow> gapMatrix, List<RankRow> ranking, List<NetworkPlace> network) {
	}

	/** What a place on the map of the network is. */
	public enum PlaceKind {
		/** A post of the home state with an officer posted on the report's date. */
		POST,
		/** A port on an active route with a home-state officer. */
		COVERED_PORT,
		/** A port on an active route without one. */
		UNCOVERED_PORT
	}

	/**
	 * A place on the map of the network; latitude and longitude null when the graph has no position
	 * for it (a post is placed at its officer's port, else at the first port it covers).
	 *
	 * @param illustrative one of its facts is invented for illustration: drawn marked, never as a finding
	 */
	public record NetworkPlace(String name, Double latitude, Double longitude, PlaceKind kind, boolean illustrative) {
	}

	/**
	 * One number of the report and the items it adds up.
	 *
	 * @param value    the sum of the amounts of the items counted
	 * @param previous the same figure in the previous published report, null when there is none
	 */
	public record Figure(String key, String label, double value, Double previous, List<Item> items) {

		public Double change() {
			return (previous != null) ? value - previous : null;
		}

	}

	/**
	 * What a figure adds up: a treaty gap closed, an officer posted, a seizure of so many kg.
	 *
	 * @param amount       what it adds to the figure (1, or the kg of a seizure)
	 * @param grade        the weakest grade of its facts
	 * @param illustrative one of its facts is invented for illustration
	 * @param counted      whether it counts in the figure: not when illustrative, unless asked for
	 */
	public record Item(String text, double amount, String grade, boolean illustrative, boolean counted,
			List<FactRef> facts) {
	}

	/** A fact of the graph, by label and key, with the grade of its weakest source. */
	public record FactRef(String label, String key, String grade, boolean illustrative) {
	}

	/**
	 * One state's row of the gap matrix: which required clause types its bilateral treaties in force
	 * cover, and what changed since the previous report.
	 *
	 * @param closed       types missing in the previous report and covered now; empty without one
	 * @param opened       types covered in the previous report and missing now
	 * @param illustrative a treaty covering it is invented for illustration
	 */
	public record GapRow(State state, String stateName, List<ClauseType> covered, List<ClauseType> missing,
			List<ClauseType> closed, List<ClauseType> opened, List<FactRef> treaties, boolean illustrative) {
	}

	/**
	 * A state's place in the task force's ranking and its movement since the previous report.
	 *
	 * @param previousRank null when the state was not ranked then, or there is no previous report
	 * @param movement     places gained (positive) or lost; null without a previous rank
	 */
	public record RankRow(int rank, State state, String stateName, double score, Integer previousRank,
			Integer movement) {
	}

	/** A source behind the report's facts and how many of them rest on it. */
	public record SourceUse(Source source, int facts) {
	}

}
