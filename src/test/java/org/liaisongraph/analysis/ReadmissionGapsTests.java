package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

class ReadmissionGapsTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
		// Cabo Verde nationals convicted in Belgium: covered by the EU-Cabo Verde readmission agreement.
		importer.importFiles(List.of(new ImportFile("NATIONALS_CONVICTED.csv", "from,to,year,count,source\nCV,BE,2024,7,src-a\n")));
	}

	/** The fixture's conviction counts of Ecuador and Colombia are invented (graded F): asked for explicitly. */
	private GraphQlTester.Request<?> illustrative() {
		return graphQl.documentName("readmissionGaps").variable("includeIllustrative", true);
	}

	@Test
	void uncoveredStatesComeFirstByConvictionsAndAnEuAgreementCovers() {
		var gaps = illustrative().variable("asOf", "2025-01-01").execute();
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
	void anAnswerShowingNoGradeNorHomeSidePartyAnswersAsTheCompleteOne() {
		// without grades, facts or the obligations' home-side parties, the treaties are neither graded nor
		// their parties named
		String shown = "state { iso2 } referenceDate detained { count } totalConvicted covered "
				+ "obligations { treaty { id } kind clause { id binding } }";
		String[] paths = { "readmissionGaps[*].state.iso2", "readmissionGaps[*].totalConvicted", "readmissionGaps[*].covered",
				"readmissionGaps[*].obligations[*].treaty.id", "readmissionGaps[*].obligations[*].kind",
				"readmissionGaps[*].obligations[*].clause.id" };
		String light = "{ readmissionGaps(asOf: \"2025-01-01\", includeIllustrative: true) { " + shown + " } }";
		String complete = "{ readmissionGaps(asOf: \"2025-01-01\", includeIllustrative: true) { " + shown
				+ " grade facts { key } obligations { via } } }";
		var lightAnswer = graphQl.document(light).execute();
		var completeAnswer = graphQl.document(complete).execute();
		for (String path : paths) {
			assertThat(lightAnswer.path(path).entityList(Object.class).get()).as(path)
				.isEqualTo(completeAnswer.path(path).entityList(Object.class).get());
		}
		// by hand: only Cabo Verde is covered, by the EU agreement's binding readmission article
		lightAnswer.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "CO", "CV");
		lightAnswer.path("readmissionGaps[*].covered").entityList(Boolean.class).containsExactly(false, false, true);
		lightAnswer.path("readmissionGaps[2].obligations[*].clause.id").entityList(String.class)
			.containsExactly("t-eu-cv-readmission-art2");
	}

	@Test
	void onlyConvictionsSinceTheYearAskedCount() {
		var gaps = illustrative()
			.variable("sinceYear", 2024)
			.variable("asOf", "2025-01-01")
			.execute();
		gaps.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "CV");
		gaps.path("readmissionGaps[*].totalConvicted").entityList(Integer.class).containsExactly(5, 7);
	}

	@Test
	void convictionsInSeveralYearsAddUp() {
		importer.importFiles(List.of(new ImportFile("NATIONALS_CONVICTED.csv", "from,to,year,count,source\nCO,BE,2022,9,src-a\n")));
		var gaps = illustrative().variable("asOf", "2025-01-01").execute();
		gaps.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC", "CV");
		gaps.path("readmissionGaps[0].totalConvicted").entity(Integer.class).isEqualTo(14);
		gaps.path("readmissionGaps[0].convictions[*].year").entityList(Integer.class).containsExactly(2022, 2024);
		gaps.path("readmissionGaps[0].convictions[*].count").entityList(Integer.class).containsExactly(9, 5);
	}

	@Test
	void anAgreementNotYetInForceCoversNobody() {
		// The EU-Cabo Verde agreement entered into force on 2014-12-01.
		var gaps = illustrative().variable("asOf", "2014-11-30").execute();
		gaps.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "CV", "CO");
		gaps.path("readmissionGaps[*].covered").entityList(Boolean.class).containsExactly(false, false, false);
	}

	/**
	 * Prison figures (a stock on 1 January, graded A) of 2023, 2024 and 2025, asked on 2024-06-30: the
	 * 2024 ones count, the others not; Panama's only figure is of 2023, so it has none on that date
	 * and is not listed (it has no conviction either). The invented conviction counts of Ecuador and
	 * Colombia (graded F) are left out by default; Cabo Verde's real one (graded A) stays.
	 */
	@Test
	void byDefaultNationalsInPrisonOnTheLatestReferenceDateRankTheStatesAndInventedConvictionsAreLeftOut() {
		importer.importFiles(List.of(new ImportFile("DETAINED_IN.csv", """
				from,to,date,measure,count,source
				EC,BE,2023-01-01,PRISON_POPULATION,40,src-a
				EC,BE,2024-01-01,PRISON_POPULATION,30,src-a
				EC,BE,2025-01-01,PRISON_POPULATION,99,src-a
				CO,BE,2024-01-01,PRISON_POPULATION,50,src-a
				CV,BE,2024-01-01,PRISON_POPULATION,80,src-a
				PA,BE,2023-01-01,PRISON_POPULATION,9,src-a
				""")));
		var gaps = graphQl.documentName("readmissionGaps").variable("asOf", "2024-06-30").execute();
		// uncovered first, most in prison first; Cabo Verde, covered by the EU agreement, last despite its 80
		gaps.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC", "CV");
		gaps.path("readmissionGaps[*].referenceDate").entityList(String.class)
			.containsExactly("2024-01-01", "2024-01-01", "2024-01-01");
		gaps.path("readmissionGaps[*].detained.count").entityList(Integer.class).containsExactly(50, 30, 80);
		gaps.path("readmissionGaps[1].detained.measure").entity(String.class).isEqualTo("PRISON_POPULATION");
		gaps.path("readmissionGaps[1].detained.source.id").entity(String.class).isEqualTo("src-a");
		gaps.path("readmissionGaps[*].totalConvicted").entityList(Integer.class).containsExactly(0, 0, 7);
		// uncovered: its figure, and the bilateral treaty in force found with no readmission clause, with
		// the clauses it has
		gaps.path("readmissionGaps[1].facts[*].key").entityList(String.class)
			.containsExactly("EC>BE 2024-01-01 PRISON_POPULATION", "t-be-ec-police", "t-be-ec-police-art2",
					"t-be-ec-police-art3");
	}

	/**
	 * Ecuador has a figure on 2024-01-01 (graded A) and an invented one on 2024-06-01 (graded F):
	 * by default the latest reference date is that of the real figures; asked for invented facts, it
	 * is 2024-06-01, on which Colombia has no figure: unknown (null), listed after the known ones
	 * for its invented convictions, not counted as zero.
	 */
	@Test
	void aStateWithNoFigureOnTheLatestReferenceDateIsUnknownNotZero() {
		importer.importFiles(List.of(new ImportFile("DETAINED_IN.csv", """
				from,to,date,measure,count,source
				EC,BE,2024-01-01,PRISON_POPULATION,30,src-a
				CO,BE,2024-01-01,PRISON_POPULATION,50,src-a
				EC,BE,2024-06-01,PRISON_POPULATION,77,illustrative
				""")));
		var real = graphQl.documentName("readmissionGaps").variable("asOf", "2024-12-31").execute();
		real.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC", "CV");
		real.path("readmissionGaps[1].detained.count").entity(Integer.class).isEqualTo(30);
		real.path("readmissionGaps[2].detained").valueIsNull();
		var invented = illustrative().variable("asOf", "2024-12-31").execute();
		invented.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "CO", "CV");
		invented.path("readmissionGaps[*].referenceDate").entityList(String.class)
			.containsExactly("2024-06-01", "2024-06-01", "2024-06-01");
		invented.path("readmissionGaps[0].detained.count").entity(Integer.class).isEqualTo(77);
		invented.path("readmissionGaps[1].detained").valueIsNull();
		invented.path("readmissionGaps[1].totalConvicted").entity(Integer.class).isEqualTo(5);
	}

	@Test
	void aYearOutOfRangeIsABadRequest() {
		expectError(graphQl.documentName("readmissionGaps").variable("sinceYear", 1800),
				ErrorType.BAD_REQUEST, "sinceYear");
	}

	@Test
	void partnersInABlocOfTheHomeStateAreLeftOutUnlessAskedFor() {
		importer.importFiles(List.of(new ImportFile("NATIONALS_CONVICTED.csv", "from,to,year,count,source\nNL,BE,2024,20,src-a\n")));

		illustrative().variable("asOf", "2025-01-01").execute()
			.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "CO", "CV");
		var all = illustrative()
			.variable("asOf", "2025-01-01")
			.variable("includeBlocPartners", true)
			.execute();
		all.path("readmissionGaps[*].state.iso2").entityList(String.class).containsExactly("NL", "EC", "CO", "CV");
		all.path("readmissionGaps[0].covered").entity(Boolean.class).isEqualTo(false);
	}

}
