package org.liaisongraph.treaty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class TreatyQueryTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void treatiesAreFilteredByKindStatusAndParty() {
		expectTreaties(Map.of("kind", "BILATERAL"), "t-be-co-old", "t-be-ec-police", "t-be-pa-customs");
		expectTreaties(Map.of("status", "TERMINATED"), "t-be-co-old");
		expectTreaties(Map.of("party", "EU"), "t-eu-cv-readmission");
		expectTreaties(Map.of("party", "co"), "t-be-co-old", "t-un-1988");
		expectTreaties(Map.of("bloc", "BENELUX"), "t-be-co-old", "t-be-ec-police", "t-be-pa-customs", "t-un-1988");
	}

	@Test
	void aStateIsBoundThroughItsBlocsWhenAsked() {
		// Belgium is party to four treaties itself, and to the EU's readmission agreement through the EU
		expectTreaties(Map.of("party", "BE"), "t-be-co-old", "t-be-ec-police", "t-be-pa-customs", "t-un-1988");
		expectTreaties(Map.of("party", "BE", "throughBlocs", true), "t-be-co-old", "t-be-ec-police", "t-be-pa-customs",
				"t-eu-cv-readmission", "t-un-1988");
		// with a date, only the treaties in force then
		expectTreaties(Map.of("party", "BE", "throughBlocs", true, "inForceOn", "2020-06-01"), "t-be-co-old",
				"t-eu-cv-readmission", "t-un-1988");
	}

	@Test
	void treatiesAreFilteredByTheDateTheyWereInForce() {
		expectTreaties(Map.of("inForceOn", "2020-06-01"), "t-be-co-old", "t-eu-cv-readmission", "t-un-1988");
		expectTreaties(Map.of("inForceOn", "2025-01-01"), "t-be-ec-police", "t-eu-cv-readmission", "t-un-1988");
		expectTreaties(Map.of("inForceOn", "2027-01-01"), "t-be-ec-police", "t-be-pa-customs", "t-eu-cv-readmission",
				"t-un-1988");
	}

	@Test
	void treatiesAreFilteredByClausesPresentAndAbsent() {
		expectTreaties(Map.of("hasClause", List.of("READMISSION")), "t-eu-cv-readmission");
		expectTreaties(Map.of("hasClause", List.of("MARITIME_INTERDICTION", "EXTRADITION")), "t-un-1988");
		expectTreaties(Map.of("region", "Americas", "lacksClause", List.of("CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION")),
				"t-be-ec-police", "t-un-1988");
		expectTreaties(Map.of("kind", "BILATERAL", "party", "BE", "inForceOn", "2025-01-01", "lacksClause",
				List.of("READMISSION")), "t-be-ec-police");
	}

	@Test
	void aTreatyShowsItsPartiesClausesAndWhetherItWasInForce() {
		var treaty = graphQl.documentName("treaty")
			.variable("id", "t-be-co-old")
			.variable("before", "2020-12-31")
			.variable("after", "2021-01-01")
			.execute();
		treaty.path("treaty.status").entity(String.class).isEqualTo("TERMINATED");
		treaty.path("treaty.terminatedOn").entity(String.class).isEqualTo("2021-01-01");
		treaty.path("treaty.inForceBefore").entity(Boolean.class).isEqualTo(true);
		treaty.path("treaty.inForceAfter").entity(Boolean.class).isEqualTo(false);
		treaty.path("treaty.parties[*].code").entityList(String.class).containsExactly("BE", "CO");
		treaty.path("treaty.clauses[0].treaty.id").entity(String.class).isEqualTo("t-be-co-old");
		treaty.path("treaty.clauseTypes").entityList(String.class).containsExactly("JUDICIAL_COOPERATION");
		treaty.path("treaty.sources[0].credibility").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void inForceOnWithoutADateAsksAboutTodayByTheClock() {
		// t-be-co-old was in force from 2010-01-01 until its termination on 2021-01-01
		clock.setDate(LocalDate.of(2020, 12, 31));
		var lastDay = graphQl.documentName("treaty").variable("id", "t-be-co-old").execute();
		lastDay.path("treaty.inForceBefore").entity(Boolean.class).isEqualTo(true);
		lastDay.path("treaty.inForceAfter").entity(Boolean.class).isEqualTo(true);

		clock.setDate(LocalDate.of(2021, 1, 1));
		var terminated = graphQl.documentName("treaty").variable("id", "t-be-co-old").execute();
		terminated.path("treaty.inForceBefore").entity(Boolean.class).isEqualTo(false);
		terminated.path("treaty.inForceAfter").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aSignedTreatyCountsFromItsEntryIntoForce() {
		var treaty = graphQl.documentName("treaty")
			.variable("id", "t-be-pa-customs")
			.variable("before", "2026-12-31")
			.variable("after", "2027-01-01")
			.execute();
		treaty.path("treaty.status").entity(String.class).isEqualTo("SIGNED");
		treaty.path("treaty.inForceBefore").entity(Boolean.class).isEqualTo(false);
		treaty.path("treaty.inForceAfter").entity(Boolean.class).isEqualTo(true);
		treaty.path("treaty.clauses[0].binding").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aBlocIsAPartyBesideAState() {
		var treaty = graphQl.documentName("treaty").variable("id", "t-eu-cv-readmission").execute();
		treaty.path("treaty.parties[*].code").entityList(String.class).containsExactly("CV", "EU");
		treaty.path("treaty.parties[0].actor.__typename").entity(String.class).isEqualTo("State");
		treaty.path("treaty.parties[1].actor.__typename").entity(String.class).isEqualTo("Bloc");
		treaty.path("treaty.parties[1].actor.code").entity(String.class).isEqualTo("EU");
		treaty.path("treaty.parties[1].since").entity(String.class).isEqualTo("2014-12-01");
		treaty.path("treaty.clauses[0].article").entity(String.class).isEqualTo("Art. 2");
	}

	private void expectTreaties(Map<String, Object> filter, String... ids) {
		var response = graphQl.documentName("treaties").variable("filter", filter).execute();
		response.path("treaties.nodes[*].id").entityList(String.class).containsExactly(ids);
		response.path("treaties.totalCount").entity(Integer.class).isEqualTo(ids.length);
	}

}
