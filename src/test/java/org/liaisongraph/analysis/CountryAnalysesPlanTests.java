package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.support.IntegrationTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * countryPriorities reads the bilateral treaties in force once, from the home side's parties
 * (bilateral-treaties-by-state): no step of its plan goes through the treaties of each state compared,
 * thousands of them per state at ten times national scale, nor through every treaty. Checked on the
 * plans the database makes for the reference dataset. (sanctionCandidates reads the treaties of the
 * few states its seizure, rating and cooperation tests leave:
 * SanctionCandidatesPlanTests.)
 */
class CountryAnalysesPlanTests extends IntegrationTest {

	/** An expansion of PARTY_TO from a state compared ({@code s}), or a scan of every treaty. */
	private static final Pattern TREATIES_OF_EACH_STATE = Pattern
		.compile("^\\(s\\)-\\[[A-Za-z0-9_`]*:PARTY_TO]->|^\\([^)]*\\)<-\\[[A-Za-z0-9_`]*:PARTY_TO]-\\(s\\)");

	@Autowired
	private Driver driver;

	@Autowired
	private NamedQueries queries;

	@ParameterizedTest
	@ValueSource(strings = { "country-priorities", "country-priorities-facts" })
	void noStepReadsTheTreatiesOfEachStateCompared(String statement) {
		RoutesBetweenTests.loadReferenceDataset(neo4j, importer);
		var parameters = new HashMap<String, Object>(Map.of("homeState", "BE", "asOf", LocalDate.of(2026, 1, 1),
				"includeBlocPartners", false, "includeIllustrative", true, "index", "TI-CPI", "illustrativeGrades",
				Provenance.ILLUSTRATIVE_GRADES, "maxCorruptionScore", 45.0, "minSeizedKg", 100.0));
		parameters.put("year", 2023);
		Plan plan;
		try (var session = driver.session()) {
			plan = session.run("EXPLAIN " + queries.get(statement), parameters).consume().plan();
		}
		var steps = new ArrayList<String>();
		collectTreatiesOfEachState(plan, steps);
		assertThat(steps).as(statement + ": steps through the treaties of each state").isEmpty();
	}

	private static void collectTreatiesOfEachState(Plan plan, List<String> steps) {
		String operator = plan.operatorType();
		// the text itself: the driver's string value prints quoted, which the anchored pattern would miss
		var value = plan.arguments().get("Details");
		String details = (value == null) ? "" : value.asString();
		if ((operator.contains("Scan") && details.contains(":Treaty"))
				|| (operator.startsWith("Expand") && TREATIES_OF_EACH_STATE.matcher(details).find())) {
			steps.add(operator + " " + details);
		}
		plan.children().forEach(child -> collectTreatiesOfEachState(child, steps));
	}

}
