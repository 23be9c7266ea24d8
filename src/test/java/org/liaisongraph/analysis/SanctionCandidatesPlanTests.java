package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.support.IntegrationTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * sanctionCandidates goes through a state's treaties (thousands for a big state at ten times national
 * scale) only for the states its seizure total and corruption score leave: every step through the
 * treaties of a state compared comes after the rating test, and no step scans every treaty. Checked on
 * the plan the database makes for the reference dataset.
 */
class SanctionCandidatesPlanTests extends IntegrationTest {

	/** An expansion of PARTY_TO from a state compared ({@code s}). */
	private static final Pattern TREATIES_OF_THE_STATE = Pattern
		.compile("^\\(s\\)-\\[[A-Za-z0-9_`]*:PARTY_TO]->|^\\([^)]*\\)<-\\[[A-Za-z0-9_`]*:PARTY_TO]-\\(s\\)");

	@Autowired
	private Driver driver;

	@Autowired
	private NamedQueries queries;

	@Test
	void theTreatiesOfAStateAreReadOnlyAfterItsSeizureAndRatingTests() {
		RoutesBetweenTests.loadReferenceDataset(neo4j, importer);
		var parameters = new HashMap<String, Object>(Map.of("homeState", "BE", "asOf", LocalDate.of(2026, 1, 1),
				"includeBlocPartners", false, "includeIllustrative", true, "index", "TI-CPI", "illustrativeGrades",
				Provenance.ILLUSTRATIVE_GRADES, "maxCorruptionScore", 45.0, "minSeizedKg", 100.0, "details", false,
				"cooperationTypes", List.of("DRUG_TRAFFICKING_COOPERATION")));
		parameters.put("year", 2023);
		Plan plan;
		try (var session = driver.session()) {
			plan = session.run("EXPLAIN " + queries.get("sanction-candidates"), parameters).consume().plan();
		}
		var early = new ArrayList<String>();
		var treaties = new ArrayList<String>();
		collectTreatySteps(plan, false, early, treaties);
		assertThat(treaties).as("steps through a state's treaties").isNotEmpty();
		assertThat(early).as("steps through a state's treaties before its rating test, or through every treaty")
			.isEmpty();
	}

	/**
	 * Steps through a state's treaties into {@code treaties}, and those of them not on the right of an
	 * operator whose left input has passed the rating test into {@code early}, with every scan of
	 * all treaties.
	 */
	private static void collectTreatySteps(Plan plan, boolean rated, List<String> early, List<String> treaties) {
		String operator = plan.operatorType();
		String details = details(plan);
		if (operator.contains("Scan") && details.contains(":Treaty")) {
			early.add(operator + " " + details);
		}
		if (operator.startsWith("Expand") && TREATIES_OF_THE_STATE.matcher(details).find()) {
			treaties.add(details);
			if (!rated) {
				early.add(operator + " " + details);
			}
		}
		var children = plan.children();
		for (int i = 0; i < children.size(); i++) {
			// the right input of a binary operator runs on the rows of its left input
			boolean right = i > 0 && ratingTested(children.getFirst());
			collectTreatySteps(children.get(i), rated || right, early, treaties);
		}
	}

	/** The operator's details as text (the driver's value of a string prints quoted). */
	private static String details(Plan plan) {
		var details = plan.arguments().get("Details");
		return (details == null) ? "" : details.asString();
	}

	private static boolean ratingTested(Plan plan) {
		return details(plan).contains("rating.score < $maxCorruptionScore")
				|| plan.children().stream().anyMatch(SanctionCandidatesPlanTests::ratingTested);
	}

}
