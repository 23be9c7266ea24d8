package org.liaisongraph.analysis;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;

class SanctionCandidatesTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void withTheDefaultThresholdsNoFixtureStateQualifies() {
		// Ecuador shipped 1000 kg in 2023 but scored 34, not below 30.
		graphQl.documentName("sanctionCandidates")
			.variable("year", 2023)
			.variable("asOf", "2023-01-01")
			.execute()
			.path("sanctionCandidates")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aStateQualifiesUntilItsCooperationTreatyEntersIntoForce() {
		var before = graphQl.documentName("sanctionCandidates")
			.variable("year", 2023)
			.variable("maxCorruptionScore", 35)
			.variable("asOf", "2023-01-01")
			.execute();
		before.path("sanctionCandidates[*].state.iso2").entityList(String.class).containsExactly("EC");
		before.path("sanctionCandidates[0].year").entity(Integer.class).isEqualTo(2023);
		before.path("sanctionCandidates[0].rating.year").entity(Integer.class).isEqualTo(2023);
		before.path("sanctionCandidates[0].rating.score").entity(Double.class).isEqualTo(34.0);
		before.path("sanctionCandidates[0].rating.source.id").entity(String.class).isEqualTo("src-a");
		before.path("sanctionCandidates[0].seizedKg").entity(Double.class).isEqualTo(1000.0);
		before.path("sanctionCandidates[0].seizures[*].id").entityList(String.class).containsExactly("s-anr-2023");
		before.path("sanctionCandidates[0].treatiesChecked").entityList(Object.class).hasSize(0);
		before.path("sanctionCandidates[0].proposedMeasures").entityList(Object.class).hasSize(0);
		// From 2023-06-01 the police treaty with its cooperation clauses is in force.
		graphQl.documentName("sanctionCandidates")
			.variable("year", 2023)
			.variable("maxCorruptionScore", 35)
			.variable("asOf", "2023-06-01")
			.execute()
			.path("sanctionCandidates")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void onlyABilateralCooperationTreatyWithTheHomeSideSavesAState() {
		// In force since 2022, each with a cooperation clause: one between Ecuador and Colombia
		// without the home side, one with a third party beside Belgium and Ecuador (not bilateral).
		cooperationTreaty("t-ec-co-coop", "EC", "CO");
		cooperationTreaty("t-be-ec-co-coop", "BE", "EC", "CO");
		var candidates = graphQl.documentName("sanctionCandidates")
			.variable("year", 2023)
			.variable("maxCorruptionScore", 35)
			.variable("asOf", "2023-01-01")
			.execute();
		candidates.path("sanctionCandidates[*].state.iso2").entityList(String.class).containsExactly("EC");
		candidates.path("sanctionCandidates[0].treatiesChecked").entityList(Object.class).hasSize(0);
		// Through the EU, a bloc of the home side, a bilateral cooperation treaty saves Ecuador.
		cooperationTreaty("t-eu-ec-coop", "EU", "EC");
		graphQl.documentName("sanctionCandidates")
			.variable("year", 2023)
			.variable("maxCorruptionScore", 35)
			.variable("asOf", "2023-01-01")
			.execute()
			.path("sanctionCandidates")
			.entityList(Object.class)
			.hasSize(0);
	}

	private void cooperationTreaty(String id, String... parties) {
		neo4j.query("""
				CREATE (t:Treaty {id: $id, title: $id, kind: 'BILATERAL', status: 'IN_FORCE', inForceFrom: date('2022-01-01'), version: 1})
				CREATE (t)-[:HAS_CLAUSE]->(:Clause {id: $id + '-art1', type: 'DRUG_TRAFFICKING_COOPERATION', binding: true, version: 1})
				WITH t MATCH (party) WHERE party.iso2 IN $parties OR party.code IN $parties
				CREATE (party)-[:PARTY_TO]->(t)""")
			.bind(id)
			.to("id")
			.bind(List.of(parties))
			.to("parties")
			.run();
		// the clause kinds the cooperation criterion reads, as a write would keep them
		deriveFacts();
	}

	@Test
	void aTreatyWithoutCooperationClauseDoesNotSaveAStateAndProposedMeasuresAreShown() {
		var candidates = graphQl.documentName("sanctionCandidates")
			.variable("year", 2024)
			.variable("maxCorruptionScore", 35)
			.variable("minSeizedKg", 200)
			.variable("asOf", "2027-06-01")
			// the proposed measure sm-1 is illustrative
			.variable("includeIllustrative", true)
			.execute();
		candidates.path("sanctionCandidates[*].state.iso2").entityList(String.class).containsExactly("PA");
		candidates.path("sanctionCandidates[0].rating.score").entity(Double.class).isEqualTo(33.0);
		candidates.path("sanctionCandidates[0].seizedKg").entity(Double.class).isEqualTo(250.5);
		candidates.path("sanctionCandidates[0].seizures[*].id").entityList(String.class).containsExactly("s-rtm-2024");
		// The Panama customs agreement, in force from 2027, has no cooperation clause.
		candidates.path("sanctionCandidates[0].treatiesChecked[*].id").entityList(String.class)
			.containsExactly("t-be-pa-customs");
		candidates.path("sanctionCandidates[0].proposedMeasures[*].id").entityList(String.class).containsExactly("sm-1");
		candidates.path("sanctionCandidates[0].proposedMeasures[0].status").entity(String.class).isEqualTo("PROPOSED");
	}

	@Test
	void candidatesAreOrderedBySeizedQuantity() {
		// Colombia (39) seized nothing in 2024 but meets a 0 kg threshold; its only treaty ended in 2021.
		var candidates = graphQl.documentName("sanctionCandidates")
			.variable("year", 2024)
			.variable("maxCorruptionScore", 40)
			.variable("minSeizedKg", 0)
			.variable("asOf", "2025-01-01")
			.execute();
		candidates.path("sanctionCandidates[*].state.iso2").entityList(String.class).containsExactly("PA", "CO");
		candidates.path("sanctionCandidates[*].seizedKg").entityList(Double.class).containsExactly(250.5, 0.0);
		candidates.path("sanctionCandidates[1].treatiesChecked").entityList(Object.class).hasSize(0);
	}

	@Test
	void anAdoptedMeasureRemovesAStateUntilItIsLifted() {
		importer.importFiles(List.of(
				new ImportFile("SanctionMeasure.csv",
						"id,kind,status,adoptedOn,liftedOn,reviewBy,legalBasis,reason,source,credibility\n"
								+ "sm-pa,VISA_RESTRICTION,LIFTED,2025-02-01,2025-08-01,,Test basis,Test reason,src-a,6\n"),
				new ImportFile("TARGETS.csv", "from,to,source\nsm-pa,PA,src-a\n")));
		expectCandidates("2025-01-31", "PA");
		expectCandidates("2025-02-01");
		expectCandidates("2025-07-31");
		expectCandidates("2025-08-01", "PA");
	}

	@Test
	void negativeThresholdsAreBadRequests() {
		expectError(graphQl.documentName("sanctionCandidates").variable("maxCorruptionScore", -1),
				ErrorType.BAD_REQUEST, "maxCorruptionScore");
		expectError(graphQl.documentName("sanctionCandidates").variable("minSeizedKg", -0.5),
				ErrorType.BAD_REQUEST, "minSeizedKg");
		expectError(graphQl.documentName("sanctionCandidates").variable("year", 2200),
				ErrorType.BAD_REQUEST, "year");
	}

	private void expectCandidates(String asOf, String... states) {
		graphQl.documentName("sanctionCandidates")
			.variable("year", 2024)
			.variable("maxCorruptionScore", 35)
			.variable("minSeizedKg", 200)
			.variable("asOf", asOf)
			.execute()
			.path("sanctionCandidates[*].state.iso2")
			.entityList(String.class)
			.containsExactly(states);
	}

}
