package org.liaisongraph.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.liaisongraph.report.AnnualReport.Figure;
import org.liaisongraph.report.AnnualReport.GapRow;
import org.liaisongraph.report.AnnualReport.RankRow;
import org.liaisongraph.report.AnnualReport.Section;

/**
 * What a published report keeps of its answer so the next report can compare with it, stored as
 * JSON: every figure's value by key, each state's missing clause types, each state's rank.
 */
record ReportFigures(Map<String, Double> figures, Map<String, List<String>> missing, Map<String, Integer> ranks) {

	static ReportFigures of(AnnualReport report) {
		Map<String, Double> figures = new LinkedHashMap<>();
		Map<String, List<String>> missing = new TreeMap<>();
		Map<String, Integer> ranks = new TreeMap<>();
		for (Section section : report.sections()) {
			for (Figure figure : section.figures()) {
				figures.put(figure.key(), figure.value());
			}
			for (GapRow row : section.gapMatrix()) {
				missing.put(row.state().iso2(), row.missing().stream().map(Enum::name).toList());
			}
			for (RankRow row : section.ranking()) {
				ranks.put(row.state().iso2(), row.rank());
			}
		}
		return new ReportFigures(figures, missing, ranks);
	}

}
