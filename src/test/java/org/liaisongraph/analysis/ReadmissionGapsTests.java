package org.liaisongraph.analysis;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;

class ReadmissionGapsTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
		// Cabo Verde nationals convicted in Belgium: covered by the EU-Cabo Verde readmission agreement.
		importer.importFiles(List.of(new ImportFile("NATIONALS_CONVICTED.csv", "from,to,year,count,source\nCV,BE,2024,7,src-a\n")));
	}

	@Test
	void uncoveredStatesComeFirstByConvictionsAndAnEuAgreementCovers() {
		var gaps = graphQl.documentName("readmissionGaps").variable("asOf", "2025-01-01").execute();
		gaps.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "CO", "CV");
		gaps.path("readmissionGaps[*].totalConvicted").entityList(Integer.class).containsExactly(12, 5, 7);
		gaps.path("readmissionGaps[*].covered").entityList(Boolean.class).containsExactly(false, false, true);
		// Ecuador's police treaty with Belgium is in force but has no readmission clause.
		gaps.path("readmissionGaps[0].obligations").entityList(Object.class).hasSize(0);
		gaps.path("readmissionGaps[0].convictions[*].year").entityList(Integer.class).containsExactly(2023);
		gaps.path("readmissionGaps[0].convictions[0].count").entity(Integer.class).isEqualTo(12);
		gaps.path("readmissionGaps[0].convictions[0].source.id").entity(String.class).isEqualTo("illustrative");
		gaps.path("readmissionGaps[1].obligations").entityList(Object.class).hasSize(0);
		gaps.path("readmissionGaps[2].obligations[*].treaty.id").entityList(String.class)
			.containsExactly("t-eu-cv-readmission");
		gaps.path("readmissionGaps[2].obligations[0].kind").entity(String.class).isEqualTo("EU_AGREEMENT");
		gaps.path("readmissionGaps[2].obligations[0].via").entityList(String.class).containsExactly("EU");
		gaps.path("readmissionGaps[2].obligations[0].clause.id").entity(String.class)
			.isEqualTo("t-eu-cv-readmission-art2");
		gaps.path("readmissionGaps[2].obligations[0].clause.binding").entity(Boolean.class).isEqualTo(true);
		gaps.path("readmissionGaps[2].obligations[0].treaty.parties[*].code").entityList(String.class)
			.containsExactly("CV", "EU");
		gaps.path("readmissionGaps[2].convictions[0].source.id").entity(String.class).isEqualTo("src-a");
	}

	@Test
	void onlyConvictionsSinceTheYearAskedCount() {
		var gaps = graphQl.documentName("readmissionGaps")
			.variable("sinceYear", 2024)
			.variable("asOf", "2025-01-01")
			.execute();
		gaps.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "CV");
		gaps.path("readmissionGaps[*].totalConvicted").entityList(Integer.class).containsExactly(5, 7);
	}

	@Test
	void convictionsInSeveralYearsAddUp() {
		importer.importFiles(List.of(new ImportFile("NATIONALS_CONVICTED.csv", "from,to,year,count,source\nCO,BE,2022,9,src-a\n")));
		var gaps = graphQl.documentName("readmissionGaps").variable("asOf", "2025-01-01").execute();
		gaps.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC", "CV");
		gaps.path("readmissionGaps[0].totalConvicted").entity(Integer.class).isEqualTo(14);
		gaps.path("readmissionGaps[0].convictions[*].year").entityList(Integer.class).containsExactly(2022, 2024);
		gaps.path("readmissionGaps[0].convictions[*].count").entityList(Integer.class).containsExactly(9, 5);
	}

	@Test
	void anAgreementNotYetInForceCoversNobody() {
		// The EU-Cabo Verde agreement entered into force on 2014-12-01.
		var gaps = graphQl.documentName("readmissionGaps").variable("asOf", "2014-11-30").execute();
		gaps.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "CV", "CO");
		gaps.path("readmissionGaps[*].covered").entityList(Boolean.class).containsExactly(false, false, false);
	}

	@Test
	void aYearOutOfRangeIsABadRequest() {
		expectError(graphQl.documentName("readmissionGaps").variable("sinceYear", 1800),
				ErrorType.BAD_REQUEST, "sinceYear");
	}

	@Test
	void partnersInABlocOfTheHomeStateAreLeftOutUnlessAskedFor() {
		importer.importFiles(List.of(new ImportFile("NATIONALS_CONVICTED.csv", "from,to,year,count,source\nNL,BE,2024,20,src-a\n")));

		graphQl.documentName("readmissionGaps").variable("asOf", "2025-01-01").execute()
			.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "CO", "CV");
		var all = graphQl.documentName("readmissionGaps")
			.variable("asOf", "2025-01-01")
			.variable("includeBlocPartners", true)
			.execute();
		all.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("NL", "EC", "CO", "CV");
		all.path("readmissionGaps[0].covered").entity(Boolean.class).isEqualTo(false);
	}

}
