package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.support.IntegrationTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seizure analyses read yearly totals and start from the places they are about: no step of
 * their plans goes through every seizure (a scan of the label or of an index on it), whatever the
 * size of the graph. Checked on the plans the database makes for the reference dataset.
 */
class SeizureAnalysesPlanTests extends IntegrationTest {

	@Autowired
	private Driver driver;

	@Autowired
	private NamedQueries queries;

	@ParameterizedTest
	@ValueSource(strings = { "country-priorities", "country-priorities-facts", "sanction-candidates", "port-exposure", "country-seizures",
			"port-exposure-seizures", "seizure-totals-refresh", "seizure-totals-affected" })
	void noStepScansEverySeizure(String statement) {
		var scans = new ArrayList<String>();
		collectSeizureScans(plan(statement), scans);
		assertThat(scans).as(statement + ": steps through every seizure").isEmpty();
	}

	/**
	 * The kilograms shipped from each port come from its yearly totals, found by their key's index:
	 * no step reads a seizure or scans the totals.
	 */
	@Test
	void liaisonCoverageGapsReadsNoSeizureAndSeeksThePortsTotals() {
		var plan = plan("liaison-coverage-gaps");
		var steps = new ArrayList<String>();
		collectSeizureSteps(plan, steps);
		assertThat(steps).isEmpty();
		var totalScans = new ArrayList<String>();
		collectTotalScans(plan, totalScans);
		assertThat(totalScans).isEmpty();
	}

	private static void collectTotalScans(Plan plan, List<String> scans) {
		String details = String.valueOf(plan.arguments().get("Details"));
		if (plan.operatorType().contains("Scan") && details.contains(":SeizureTotal")) {
			scans.add(plan.operatorType() + " " + details);
		}
		plan.children().forEach(child -> collectTotalScans(child, scans));
	}

	private Plan plan(String statement) {
		RoutesBetweenTests.loadReferenceDataset(neo4j, importer);
		var parameters = new HashMap<String, Object>(Map.of("homeState", "BE", "asOf", LocalDate.of(2026, 1, 1),
				"includeBlocPartners", false, "includeIllustrative", true, "index", "TI-CPI", "illustrativeGrades",
				Provenance.ILLUSTRATIVE_GRADES, "maxCorruptionScore", 45.0, "minSeizedKg", 100.0, "locode", "BEANR"));
		parameters.putAll(Map.of("states", List.of("EC"), "first", 10, "sinceYear", 2020, "seizures", List.of("x"),
				"sources", List.of(), "ports", List.of(), "keys", List.of(Map.of("label", "State", "key", "EC", "year", 2023))));
		parameters.put("year", 2023);
		parameters.put("treaties", true);
		parameters.putAll(Map.of("bloc", "BENELUX", "minRoutes", 1));
		parameters.put("port", null);
		try (var session = driver.session()) {
			return session.run("EXPLAIN " + queries.get(statement), parameters).consume().plan();
		}
	}

	/** The Seizure label (its scan or an index on it) or a type of seizure link. */
	private static final Pattern SEIZURE_SCAN = Pattern
		.compile(":Seizure(?![A-Za-z])|:(AT|SHIPPED_FROM|SHIPPED_FROM_STATE|ON_ROUTE|PART_OF)]");

	private static void collectSeizureSteps(Plan plan, List<String> steps) {
		String details = String.valueOf(plan.arguments().get("Details"));
		if (SEIZURE_SCAN.matcher(details).find()) {
			steps.add(plan.operatorType() + " " + details);
		}
		plan.children().forEach(child -> collectSeizureSteps(child, steps));
	}

	private static void collectSeizureScans(Plan plan, List<String> scans) {
		String operator = plan.operatorType();
		String details = String.valueOf(plan.arguments().get("Details"));
		if (operator.startsWith("AllNodesScan") || (operator.contains("Scan") && SEIZURE_SCAN.matcher(details).find())) {
			scans.add(operator + " " + details);
		}
		plan.children().forEach(child -> collectSeizureScans(child, scans));
	}

}
