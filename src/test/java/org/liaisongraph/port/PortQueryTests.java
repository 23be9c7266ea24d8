package org.liaisongraph.port;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class PortQueryTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void portsAreFilteredByStateRegionBlocAndName() {
		expectPorts(Map.of("state", "EC"), "ECGYE");
		expectPorts(Map.of("region", "Americas"), "COCTG", "ECGYE", "PAMIT");
		expectPorts(Map.of("bloc", "EU"), "BEANR", "NLRTM");
		expectPorts(Map.of("nameContains", "man"), "PAMIT");
		expectPorts(Map.of("onActiveRoute", true), "BEANR", "COCTG", "ECGYE", "NLRTM", "PAMIT");
		expectPorts(Map.of("onActiveRoute", false));
	}

	@Test
	void aPortShowsItsStateRoutesSeizuresAndOfficers() {
		var port = graphQl.documentName("port").variable("locode", "ECGYE").execute();
		port.path("port.name").entity(String.class).isEqualTo("Guayaquil");
		port.path("port.latitude").entity(Double.class).isEqualTo(-2.28);
		port.path("port.state.iso2").entity(String.class).isEqualTo("EC");
		port.path("port.routes[*].route.id").entityList(String.class).containsExactly("r-gye-anr", "r-gye-rtm-old");
		port.path("port.routes[*].role").entityList(String.class).containsExactly("ORIGIN", "ORIGIN");
		port.path("port.seizures").entityList(Object.class).hasSize(0);
		port.path("port.seizuresShippedFrom[*].id").entityList(String.class).containsExactly("s-anr-2023");
		port.path("port.liaisonOfficers[*].id").entityList(String.class).containsExactly("lo-1", "lo-2");
		port.path("port.sources[0].credibility").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void seizuresAtAPortComeNewestFirst() {
		graphQl.documentName("port")
			.variable("locode", "BEANR")
			.execute()
			.path("port.seizures[*].id")
			.entityList(String.class)
			.containsExactly("s-anr-2024", "s-anr-2023");
	}

	private void expectPorts(Map<String, Object> filter, String... locodes) {
		var response = graphQl.documentName("ports").variable("filter", filter).execute();
		response.path("ports.nodes[*].locode").entityList(String.class).containsExactly(locodes);
		response.path("ports.totalCount").entity(Integer.class).isEqualTo(locodes.length);
	}

}
