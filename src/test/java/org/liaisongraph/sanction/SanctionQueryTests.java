package org.liaisongraph.sanction;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class SanctionQueryTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void measuresShowTargetAndImposingState() {
		var measures = graphQl.documentName("sanctionMeasures").variable("filter", Map.of("target", "PA")).execute();
		measures.path("sanctionMeasures.nodes[*].id").entityList(String.class).containsExactly("sm-1");
		measures.path("sanctionMeasures.nodes[0].status").entity(String.class).isEqualTo("PROPOSED");
		measures.path("sanctionMeasures.nodes[0].reviewBy").entity(String.class).isEqualTo("2027-01-01");
		measures.path("sanctionMeasures.nodes[0].imposedBy.iso2").entity(String.class).isEqualTo("BE");
		measures.path("sanctionMeasures.nodes[0].sources[0].source.reliability").entity(String.class).isEqualTo("F");
	}

	@Test
	void measuresAreFilteredByStatusAndImposer() {
		graphQl.documentName("sanctionMeasures").variable("filter", Map.of("status", "ADOPTED")).execute()
			.path("sanctionMeasures.totalCount").entity(Integer.class).isEqualTo(0);
		graphQl.documentName("sanctionMeasures").variable("filter", Map.of("imposedBy", "BE")).execute()
			.path("sanctionMeasures.totalCount").entity(Integer.class).isEqualTo(1);
	}

}
