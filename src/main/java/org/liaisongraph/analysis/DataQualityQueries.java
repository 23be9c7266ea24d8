package org.liaisongraph.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.liaisongraph.analysis.DataQuality.AnalysisQuality;
import org.liaisongraph.analysis.DataQuality.FactQuality;
import org.liaisongraph.analysis.DataQuality.IllustrativeFact;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.source.Provenance;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Grades every fact of the graph by {@link Provenance}: the facts are grouped in the database by
 * the grades of their sources, one statement per label or relationship type, and graded here, so
 * the rule stays in one place whatever the size of the graph.
 */
@Service
class DataQualityQueries {

	/** Invented facts listed per kind, at most: enough to find them, not a dump of the graph. */
	static final int LISTED = 500;

	/** The labels and relationship types each analysis reads. */
	static final Map<String, List<String>> INPUTS = inputs();

	private final GraphReader reader;

	DataQualityQueries(GraphReader reader) {
		this.reader = reader;
	}

	DataQuality quality() {
		Map<String, FactQuality> byKind = new LinkedHashMap<>();
		List<IllustrativeFact> illustrative = new ArrayList<>();
		for (NodeSpec node : GraphModel.NODES) {
			if (!node.label().equals("Source")) {
				// the label and key come from the model, never from input
				grade(node.label(), "MATCH (n:" + node.label() + ") WITH n.`" + node.key().name() + "` AS key,"
						+ " [(n)-[:SUPPORTED_BY]->(s:Source) | s.reliability] AS grades", byKind, illustrative);
			}
		}
		for (RelSpec type : GraphModel.RELATIONSHIPS) {
			// a relationship is told apart by its two ends and its identity properties (a year, a seq)
			String identity = type.identity().stream().map(p -> " + ' ' + toString(r." + p + ")").collect(Collectors.joining());
			grade(type.type(), "MATCH (a)-[r:" + type.type() + "]->(b) OPTIONAL MATCH (s:Source {id: r.source})"
					+ " WITH " + GraphModel.keyExpression("a", type.fromLabels()) + " + '>' "
					+ " + " + GraphModel.keyExpression("b", type.toLabels()) + identity + " AS key,"
					+ " [g IN [s.reliability] WHERE g IS NOT NULL] AS grades", byKind, illustrative);
		}
		List<AnalysisQuality> analyses = new ArrayList<>();
		INPUTS.forEach((analysis, inputs) -> {
			int total = 0;
			int confirmed = 0;
			int invented = 0;
			for (String input : inputs) {
				FactQuality kind = byKind.get(input);
				total += kind.total();
				confirmed += kind.confirmed();
				invented += kind.illustrative();
			}
			analyses.add(AnalysisQuality.of(analysis, inputs, total, confirmed, invented));
		});
		return new DataQuality(List.copyOf(byKind.values()), analyses, illustrative);
	}

	private void grade(String kind, String match, Map<String, FactQuality> byKind, List<IllustrativeFact> illustrative) {
		int total = 0;
		int confirmed = 0;
		int invented = 0;
		int unsourced = 0;
		for (var row : reader.records(match + " WITH grades, count(*) AS facts, collect(key)[..$listed] AS keys"
				+ " RETURN grades, facts, keys", Map.of("listed", LISTED))) {
			String grade = Provenance.weakest(row.get("grades").asList(Value::asString));
			int facts = row.get("facts").asInt();
			total += facts;
			if (grade == null) {
				unsourced += facts;
			}
			else if (Provenance.confirmed(grade)) {
				confirmed += facts;
			}
			else if (Provenance.illustrative(grade)) {
				invented += facts;
				row.get("keys").asList(Value::asString).stream().sorted()
					.forEach(key -> illustrative.add(new IllustrativeFact(kind, key)));
			}
		}
		byKind.put(kind, FactQuality.of(kind, total, confirmed, invented, unsourced));
	}

	private static Map<String, List<String>> inputs() {
		Map<String, List<String>> inputs = new LinkedHashMap<>();
		List<String> treaties = List.of("Treaty", "Clause", "PARTY_TO", "HAS_CLAUSE", "MEMBER_OF");
		inputs.put("treatyGaps", treaties);
		// conviction counts are read only when asked for invented figures (the reference dataset's are)
		inputs.put("readmissionGaps", concat(List.of("DETAINED_IN", "NATIONALS_CONVICTED"), treaties));
		inputs.put("countryPriorities", concat(List.of("TraffickingRoute", "CALLS_AT", "Seizure", "SHIPPED_FROM",
				"ON_ROUTE", "RATED", "DETAINED_IN", "LiaisonOfficer", "POSTED_AT", "SENT_BY", "SanctionMeasure",
				"TARGETS"), treaties));
		inputs.put("sanctionCandidates",
				concat(List.of("Seizure", "SHIPPED_FROM", "RATED", "SanctionMeasure", "TARGETS"), treaties));
		inputs.put("routesBetween", List.of("TraffickingRoute", "CALLS_AT"));
		inputs.put("portExposure", List.of("TraffickingRoute", "CALLS_AT", "Seizure", "AT", "SHIPPED_FROM",
				"LiaisonOfficer", "POSTED_AT", "Treaty", "PARTY_TO"));
		inputs.put("liaisonCoverageGaps", List.of("TraffickingRoute", "CALLS_AT", "LiaisonOfficer", "POSTED_AT",
				"SENT_BY", "Seizure", "SHIPPED_FROM"));
		return inputs;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
