package org.liaisongraph.liaison;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class LiaisonQueryTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void officersPostedOnADateAreThoseWhosePostingCoversIt() {
		expectOfficers(Map.of("activeOn", "2024-06-01"), "lo-1");
		expectOfficers(Map.of("activeOn", "2024-12-31"), "lo-1");
		expectOfficers(Map.of("activeOn", "2025-01-01"), "lo-2");
		expectOfficers(Map.of("activeOn", "2022-12-31"));
	}

	@Test
	void officersAreFilteredByRolePortStateAndAgency() {
		expectOfficers(Map.of("role", "CUSTOMS_EXPERT"), "lo-2");
		expectOfficers(Map.of("postedAt", "ECGYE"), "lo-1", "lo-2");
		expectOfficers(Map.of("accreditedTo", "CO"));
		expectOfficers(Map.of("agency", "BE-CUSTOMS"), "lo-1", "lo-2");
	}

	@Test
	void anOfficerShowsPostingAgencyAndPost() {
		var officers = graphQl.documentName("liaisonOfficers").variable("on", "2025-03-01").execute();
		officers.path("liaisonOfficers.nodes[*].activeOn").entityList(Boolean.class).containsExactly(false, true);
		officers.path("liaisonOfficers.nodes[0].name").entity(String.class).isEqualTo("Test Officer One");
		officers.path("liaisonOfficers.nodes[0].until").entity(String.class).isEqualTo("2024-12-31");
		officers.path("liaisonOfficers.nodes[0].port.locode").entity(String.class).isEqualTo("ECGYE");
		officers.path("liaisonOfficers.nodes[0].accreditedTo.iso2").entity(String.class).isEqualTo("EC");
		officers.path("liaisonOfficers.nodes[0].agency.code").entity(String.class).isEqualTo("BE-CUSTOMS");
		officers.path("liaisonOfficers.nodes[0].post.kind").entity(String.class).isEqualTo("LIAISON_OFFICE");
		officers.path("liaisonOfficers.nodes[0].post.onDrugRoute").entity(Boolean.class).isEqualTo(true);
		officers.path("liaisonOfficers.nodes[0].post.state.iso2").entity(String.class).isEqualTo("EC");
		officers.path("liaisonOfficers.nodes[0].post.covers[*].locode").entityList(String.class).containsExactly("ECGYE");
		officers.path("liaisonOfficers.nodes[0].post.sources[0].source.reliability").entity(String.class)
			.isEqualTo("F");
	}

	private void expectOfficers(Map<String, Object> filter, String... ids) {
		var response = graphQl.documentName("liaisonOfficers").variable("filter", filter).execute();
		response.path("liaisonOfficers.nodes[*].id").entityList(String.class).containsExactly(ids);
		response.path("liaisonOfficers.totalCount").entity(Integer.class).isEqualTo(ids.length);
	}

}
