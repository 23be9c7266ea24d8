package org.liaisongraph.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

/**
 * compare on the shared fixture: the Belgium-Ecuador police treaty (in force from 2023-06-01) closes
 * two of Ecuador's gaps between 2023-01-01 and 2024-01-01; lo-1 is posted at Guayaquil from
 * 2023-01-01, so Guayaquil gains coverage between 2022-06-01 and 2023-06-01, and lo-2 takes over on
 * 2025-01-01, so nothing moves between 2024-06-01 and 2025-06-01.
 */
class CompareTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void treatyGapsClosedBetweenTwoDates() {
		var answer = graphQl.documentName("compare")
			.variable("analysis", "TREATY_GAPS")
			.variable("from", "2023-01-01")
			.variable("to", "2024-01-01")
			.execute();
		answer.path("compare.gapsClosed[*].state.iso2").entityList(String.class).containsExactly("EC", "EC");
		answer.path("compare.gapsClosed[*].clauseType").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "OPERATIONAL_INFORMATION_EXCHANGE");
		answer.path("compare.gapsOpened").entityList(Object.class).hasSize(0);
	}

	@Test
	void coverageGainedAndKept() {
		var gained = graphQl.documentName("compare")
			.variable("analysis", "LIAISON_COVERAGE")
			.variable("from", "2022-06-01")
			.variable("to", "2023-06-01")
			.execute();
		gained.path("compare.coverageGained[*].port.locode").entityList(String.class).containsExactly("ECGYE");
		gained.path("compare.coverageLost").entityList(Object.class).hasSize(0);
		var kept = graphQl.documentName("compare")
			.variable("analysis", "LIAISON_COVERAGE")
			.variable("from", "2024-06-01")
			.variable("to", "2025-06-01")
			.execute();
		kept.path("compare.coverageGained").entityList(Object.class).hasSize(0);
		kept.path("compare.coverageLost").entityList(Object.class).hasSize(0);
	}

}
