package org.liaisongraph.agency;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class AgencyQueryTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void agenciesAreFilteredByKindAndOwner() {
		graphQl.documentName("agencies").execute().path("agencies.nodes[*].code").entityList(String.class)
			.containsExactly("BE-CUSTOMS", "MAOC-N");
		graphQl.documentName("agencies").variable("filter", Map.of("kind", "MULTINATIONAL_CENTRE")).execute()
			.path("agencies.nodes[*].code").entityList(String.class).containsExactly("MAOC-N");
		graphQl.documentName("agencies").variable("filter", Map.of("belongsTo", "BE")).execute()
			.path("agencies.nodes[*].code").entityList(String.class).containsExactly("BE-CUSTOMS");
	}

	@Test
	void maocnShowsItsParticipantsAndPartners() {
		var maocn = graphQl.documentName("agencies").variable("filter", Map.of("kind", "MULTINATIONAL_CENTRE")).execute();
		maocn.path("agencies.nodes[0].belongsTo.__typename").entity(String.class).isEqualTo("Bloc");
		maocn.path("agencies.nodes[0].belongsTo.code").entity(String.class).isEqualTo("EU");
		maocn.path("agencies.nodes[0].participants[*].code").entityList(String.class).containsExactly("BE", "NL");
		maocn.path("agencies.nodes[0].participants[0].kind").entity(String.class).isEqualTo("State");
		maocn.path("agencies.nodes[0].participants[0].name").entity(String.class).isEqualTo("Belgium");
		maocn.path("agencies.nodes[0].participants[0].since").entity(String.class).isEqualTo("2024-06-01");
		maocn.path("agencies.nodes[0].participants[0].staff").entity(Integer.class).isEqualTo(1);
		maocn.path("agencies.nodes[0].sharesInformationWith[*].agency.code").entityList(String.class)
			.containsExactly("BE-CUSTOMS");
		maocn.path("agencies.nodes[0].sharesInformationWith[0].legalBasis").entity(String.class)
			.isEqualTo("Approval law of 2024");
	}

}
