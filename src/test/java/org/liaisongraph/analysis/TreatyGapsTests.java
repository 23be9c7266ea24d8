package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

class TreatyGapsTests extends IntegrationTest {

	private static final String[] ALL_SIX = { "DRUG_TRAFFICKING_COOPERATION", "ANTI_MONEY_LAUNDERING",
			"OPERATIONAL_INFORMATION_EXCHANGE", "CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION", "READMISSION" };

	@Autowired
	GraphReader reader;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void withoutSelectionEveryStateOnAnActiveRouteButTheHomeStateIsJudgedOnTheDefaultTypes() {
		var gaps = graphQl.documentName("treatyGaps").variable("asOf", "2025-01-01").execute();
		// Colombia, Netherlands and Panama miss all six; Ecuador's police treaty covers two.
		gaps.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "NL", "PA", "EC");
		gaps.path("treatyGaps[*].hasBilateralTreaty").entityList(Boolean.class).containsExactly(false, false, false, true);
		for (int i = 0; i < 3; i++) {
			gaps.path("treatyGaps[" + i + "].missing").entityList(String.class).containsExactly(ALL_SIX);
			gaps.path("treatyGaps[" + i + "].covered").entityList(String.class).hasSize(0);
			gaps.path("treatyGaps[" + i + "].treaties").entityList(Object.class).hasSize(0);
		}
		// The treaty with Colombia was terminated on 2021-01-01, the one with Panama is in force from 2027.
		gaps.path("treatyGaps[0].notInForce[*].id").entityList(String.class).containsExactly("t-be-co-old");
		gaps.path("treatyGaps[0].notInForce[0].terminatedOn").entity(String.class).isEqualTo("2021-01-01");
		gaps.path("treatyGaps[2].notInForce[*].id").entityList(String.class).containsExactly("t-be-pa-customs");
		gaps.path("treatyGaps[2].notInForce[0].status").entity(String.class).isEqualTo("SIGNED");
		gaps.path("treatyGaps[3].treaties[*].treaty.id").entityList(String.class).containsExactly("t-be-ec-police");
		gaps.path("treatyGaps[3].treaties[0].treaty.sources[0].source.id").entity(String.class).isEqualTo("src-a");
		gaps.path("treatyGaps[3].treaties[0].via").entityList(String.class).containsExactly("BE");
		gaps.path("treatyGaps[3].treaties[0].clauseTypes").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "OPERATIONAL_INFORMATION_EXCHANGE");
		gaps.path("treatyGaps[3].treaties[0].covers").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "OPERATIONAL_INFORMATION_EXCHANGE");
		gaps.path("treatyGaps[3].treaties[0].missing").entityList(String.class)
			.containsExactly("ANTI_MONEY_LAUNDERING", "CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION", "READMISSION");
		gaps.path("treatyGaps[3].covered").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "OPERATIONAL_INFORMATION_EXCHANGE");
		gaps.path("treatyGaps[3].missing").entityList(String.class)
			.containsExactly("ANTI_MONEY_LAUNDERING", "CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION", "READMISSION");
		// The 1988 convention is reported beside, for the three of its parties selected, without closing a gap.
		gaps.path("treatyGaps[*].multilateral[*].treaty.id").entityList(String.class)
			.containsExactly("t-un-1988", "t-un-1988", "t-un-1988");
		gaps.path("treatyGaps[3].multilateral[0].clauseTypes").entityList(String.class)
			.containsExactly("MARITIME_INTERDICTION", "EXTRADITION");
		// its extradition article is judicial cooperation, so the convention covers that type
		gaps.path("treatyGaps[3].multilateral[0].covers").entityList(String.class).containsExactly("JUDICIAL_COOPERATION");
		gaps.path("treatyGaps[3].multilateral[0].missing").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "ANTI_MONEY_LAUNDERING", "OPERATIONAL_INFORMATION_EXCHANGE",
					"CUSTOMS_COOPERATION", "READMISSION");
		gaps.path("treatyGaps[2].multilateral").entityList(Object.class).hasSize(0);
	}

	@Test
	void latinAmericanAgreementsLackingReadmissionInOneQuery() {
		var gaps = graphQl.documentName("treatyGaps")
			.variable("region", "Americas")
			.variable("subregion", List.of("South America", "Central America", "Caribbean"))
			.variable("required", List.of("READMISSION"))
			.variable("asOf", "2025-01-01")
			.execute();
		gaps.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC", "PA");
		gaps.path("treatyGaps[*].missing[*]").entityList(String.class)
			.containsExactly("READMISSION", "READMISSION", "READMISSION");
		gaps.path("treatyGaps[1].treaties[0].treaty.id").entity(String.class).isEqualTo("t-be-ec-police");
		gaps.path("treatyGaps[1].treaties[0].covers").entityList(String.class).hasSize(0);
		gaps.path("treatyGaps[1].treaties[0].missing").entityList(String.class).containsExactly("READMISSION");
	}

	@Test
	void customsAndJudicialCooperationCountFromTheDateATreatyIsInForce() {
		var required = List.of("CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION");
		var before = graphQl.documentName("treatyGaps")
			.variable("region", "Americas")
			.variable("required", required)
			.variable("asOf", "2025-01-01")
			.execute();
		before.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC", "PA");
		before.path("treatyGaps[*].missing[*]").entityList(String.class)
			.containsExactly("CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION", "CUSTOMS_COOPERATION",
					"JUDICIAL_COOPERATION", "CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION");
		// From 2027 the Panama customs agreement is in force; its clause counts though it is not binding.
		var after = graphQl.documentName("treatyGaps")
			.variable("region", "Americas")
			.variable("required", required)
			.variable("asOf", "2027-01-01")
			.execute();
		after.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC", "PA");
		after.path("treatyGaps[2].treaties[0].treaty.id").entity(String.class).isEqualTo("t-be-pa-customs");
		after.path("treatyGaps[2].covered").entityList(String.class).containsExactly("CUSTOMS_COOPERATION");
		after.path("treatyGaps[2].missing").entityList(String.class).containsExactly("JUDICIAL_COOPERATION");
		after.path("treatyGaps[2].notInForce").entityList(Object.class).hasSize(0);
	}

	@Test
	void aTerminatedTreatyCountedWhileInForceAndATreatyNotYetInForceIsNot() {
		var gaps = graphQl.documentName("treatyGaps")
			.variable("states", List.of("co", "EC"))
			.variable("asOf", "2020-06-01")
			.execute();
		gaps.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "CO");
		gaps.path("treatyGaps[0].hasBilateralTreaty").entity(Boolean.class).isEqualTo(false);
		gaps.path("treatyGaps[0].notInForce[*].id").entityList(String.class).containsExactly("t-be-ec-police");
		gaps.path("treatyGaps[0].missing").entityList(String.class).containsExactly(ALL_SIX);
		gaps.path("treatyGaps[1].hasBilateralTreaty").entity(Boolean.class).isEqualTo(true);
		gaps.path("treatyGaps[1].treaties[*].treaty.id").entityList(String.class).containsExactly("t-be-co-old");
		gaps.path("treatyGaps[1].covered").entityList(String.class).containsExactly("JUDICIAL_COOPERATION");
		gaps.path("treatyGaps[1].missing").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "ANTI_MONEY_LAUNDERING", "OPERATIONAL_INFORMATION_EXCHANGE",
					"CUSTOMS_COOPERATION", "READMISSION");
	}

	@Test
	void anEuAgreementIsBilateralWithItsOneOtherState() {
		var gaps = graphQl.documentName("treatyGaps")
			.variable("states", List.of("CV", "BE"))
			.variable("asOf", "2025-01-01")
			.execute();
		// The home state is never listed, even when asked for.
		gaps.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("CV");
		gaps.path("treatyGaps[0].hasBilateralTreaty").entity(Boolean.class).isEqualTo(true);
		gaps.path("treatyGaps[0].treaties[0].treaty.id").entity(String.class).isEqualTo("t-eu-cv-readmission");
		gaps.path("treatyGaps[0].treaties[0].treaty.kind").entity(String.class).isEqualTo("EU_AGREEMENT");
		gaps.path("treatyGaps[0].treaties[0].via").entityList(String.class).containsExactly("EU");
		gaps.path("treatyGaps[0].covered").entityList(String.class).containsExactly("READMISSION");
		gaps.path("treatyGaps[0].missing").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "ANTI_MONEY_LAUNDERING", "OPERATIONAL_INFORMATION_EXCHANGE",
					"CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION");
	}

	@Test
	void blocMembersWithNoTreatyAtAllMissEverything() {
		var gaps = graphQl.documentName("treatyGaps").variable("bloc", "benelux").variable("asOf", "2025-01-01").execute();
		gaps.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("LU", "NL");
		gaps.path("treatyGaps[0].hasBilateralTreaty").entity(Boolean.class).isEqualTo(false);
		gaps.path("treatyGaps[0].treaties").entityList(Object.class).hasSize(0);
		gaps.path("treatyGaps[0].notInForce").entityList(Object.class).hasSize(0);
		gaps.path("treatyGaps[0].multilateral").entityList(Object.class).hasSize(0);
		gaps.path("treatyGaps[0].missing").entityList(String.class).containsExactly(ALL_SIX);
		gaps.path("treatyGaps[1].multilateral[0].treaty.id").entity(String.class).isEqualTo("t-un-1988");
		gaps.path("treatyGaps[1].multilateral[0].via").entityList(String.class).containsExactly("BE");
	}

	@Test
	void multilateralConventionsCloseGapsOnlyWhenAskedTo() {
		var required = List.of("EXTRADITION", "DRUG_TRAFFICKING_COOPERATION");
		var without = graphQl.documentName("treatyGaps")
			.variable("states", List.of("EC", "CO"))
			.variable("required", required)
			.variable("asOf", "2025-01-01")
			.execute();
		without.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC");
		without.path("treatyGaps[0].missing").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "EXTRADITION");
		without.path("treatyGaps[1].missing").entityList(String.class).containsExactly("EXTRADITION");
		without.path("treatyGaps[1].multilateral[0].covers").entityList(String.class).containsExactly("EXTRADITION");
		var with = graphQl.documentName("treatyGaps")
			.variable("states", List.of("EC", "CO"))
			.variable("required", required)
			.variable("asOf", "2025-01-01")
			.variable("includeMultilateral", true)
			.execute();
		with.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("CO", "EC");
		with.path("treatyGaps[0].covered").entityList(String.class).containsExactly("EXTRADITION");
		with.path("treatyGaps[0].missing").entityList(String.class).containsExactly("DRUG_TRAFFICKING_COOPERATION");
		with.path("treatyGaps[0].hasBilateralTreaty").entity(Boolean.class).isEqualTo(false);
		with.path("treatyGaps[1].covered").entityList(String.class)
			.containsExactly("DRUG_TRAFFICKING_COOPERATION", "EXTRADITION");
		with.path("treatyGaps[1].missing").entityList(String.class).hasSize(0);
	}

	@Test
	void unknownKeysAreNotFoundAndMalformedOnesBadRequests() {
		expectError(graphQl.documentName("treatyGaps").variable("states", List.of("EC", "XX")), ErrorType.NOT_FOUND,
				"states");
		expectError(graphQl.documentName("treatyGaps").variable("bloc", "NOPE"), ErrorType.NOT_FOUND, "bloc");
		expectError(graphQl.documentName("treatyGaps").variable("region", "Latin America"), ErrorType.NOT_FOUND,
				"region");
		expectError(graphQl.documentName("treatyGaps").variable("subregion", List.of("Atlantis", "Utopia")),
				ErrorType.NOT_FOUND, "subregion");
		expectError(graphQl.documentName("treatyGaps").variable("states", List.of("Ecuador")), ErrorType.BAD_REQUEST,
				"states");
		expectError(graphQl.documentName("treatyGaps").variable("states", List.of()), ErrorType.BAD_REQUEST, "states");
		expectError(graphQl.documentName("treatyGaps").variable("bloc", "EU; DROP"), ErrorType.BAD_REQUEST, "bloc");
		expectError(graphQl.documentName("treatyGaps").variable("required", List.of()), ErrorType.BAD_REQUEST,
				"required");
	}

	@Test
	void theGapsAndTheCheckOfTheirKeysCostOneStatement() {
		// no field of a treaty's sources, which their loader reads in a statement of its own
		String gaps = "query($states: [String!]) { treatyGaps(states: $states, asOf: \"2025-01-01\") { state { iso2 } missing "
				+ "treaties { treaty { id } clauseTypes } } }";
		long before = reader.statementsRun();
		graphQl.document(gaps).execute().path("treatyGaps[*].state.iso2").entityList(String.class).hasSize(4);
		assertThat(reader.statementsRun() - before).isEqualTo(1);
		before = reader.statementsRun();
		expectError(graphQl.document(gaps).variable("states", List.of("EC", "XX")), ErrorType.NOT_FOUND, "states");
		assertThat(reader.statementsRun() - before).isEqualTo(1);
	}

	@Test
	void anAnswerShowingOnlyTheBilateralTreatiesInForceAnswersAsTheCompleteOneOnEveryDate() {
		// the first selection shows no treaty not in force, no multilateral one, no home-side party and no
		// grade, so its statement reads only the bilateral treaties in force and their clause types
		String shown = "state { iso2 } hasBilateralTreaty treaties { treaty { id } clauseTypes covers missing } covered missing";
		String[] paths = { "treatyGaps[*].state.iso2", "treatyGaps[*].hasBilateralTreaty", "treatyGaps[*].treaties[*].treaty.id",
				"treatyGaps[*].treaties[*].clauseTypes", "treatyGaps[*].treaties[*].covers",
				"treatyGaps[*].treaties[*].missing", "treatyGaps[*].covered", "treatyGaps[*].missing" };
		for (String asOf : List.of("2020-06-01", "2025-01-01", "2027-01-01")) {
			String light = "{ treatyGaps(region: \"Americas\", asOf: \"" + asOf + "\") { " + shown + " } }";
			String complete = "{ treatyGaps(region: \"Americas\", asOf: \"" + asOf + "\") { " + shown
					+ " grade facts { key } notInForce { id } multilateral { treaty { id } } } }";
			var lightAnswer = graphQl.document(light).execute();
			var completeAnswer = graphQl.document(complete).execute();
			for (String path : paths) {
				assertThat(lightAnswer.path(path).entityList(Object.class).get()).as(asOf + " " + path)
					.isEqualTo(completeAnswer.path(path).entityList(Object.class).get());
			}
		}
		// by hand on 2020-06-01: Colombia's old treaty was in force (terminated 2021), Ecuador's police
		// treaty not yet, Panama's customs agreement not before 2027
		var gaps = graphQl.document("{ treatyGaps(region: \"Americas\", asOf: \"2020-06-01\") { " + shown + " } }").execute();
		gaps.path("treatyGaps[*].state.iso2").entityList(String.class).containsExactly("EC", "PA", "CO");
		gaps.path("treatyGaps[*].hasBilateralTreaty").entityList(Boolean.class).containsExactly(false, false, true);
		gaps.path("treatyGaps[2].treaties[*].treaty.id").entityList(String.class).containsExactly("t-be-co-old");
		gaps.path("treatyGaps[2].covered").entityList(String.class).containsExactly("JUDICIAL_COOPERATION");
		// the EU agreement with Cabo Verde is bilateral, through the EU
		var cv = graphQl.document("{ treatyGaps(states: [\"CV\"], asOf: \"2025-01-01\") { " + shown + " } }").execute();
		cv.path("treatyGaps[0].treaties[*].treaty.id").entityList(String.class).containsExactly("t-eu-cv-readmission");
		cv.path("treatyGaps[0].covered").entityList(String.class).containsExactly("READMISSION");
	}

	@Test
	void anUnknownClauseTypeIsRejectedBeforeExecution() {
		graphQl.documentName("treatyGapsUnknownClauseType").execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(graphql.ErrorType.ValidationError);
				assertThat(error.getMessage()).contains("NO_SUCH_CLAUSE");
			}));
	}
}
