package org.liaisongraph.route;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class RouteQueryTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void routesAreFilteredByActivityPortStateAndModality() {
		expectRoutes(Map.of("active", true), "r-ctg-mit-rtm", "r-gye-anr");
		expectRoutes(Map.of("callsAt", "NLRTM"), "r-ctg-mit-rtm", "r-gye-rtm-old");
		expectRoutes(Map.of("state", "PA"), "r-ctg-mit-rtm");
		expectRoutes(Map.of("modality", "BULK"), "r-gye-rtm-old");
		expectRoutes(Map.of("commodity", "HEROIN"));
	}

	@Test
	void aRouteHasItsCallsInOrderAndOneLegPerConsecutivePair() {
		var routes = graphQl.documentName("routes").variable("filter", Map.of("state", "PA")).execute();
		routes.path("routes.nodes[0].calls[*].port.locode").entityList(String.class)
			.containsExactly("COCTG", "PAMIT", "NLRTM");
		routes.path("routes.nodes[0].calls[*].role").entityList(String.class)
			.containsExactly("ORIGIN", "TRANSIT", "DESTINATION");
		routes.path("routes.nodes[0].legs[*].seq").entityList(Integer.class).containsExactly(0, 1);
		routes.path("routes.nodes[0].legs[*].from.locode").entityList(String.class).containsExactly("COCTG", "PAMIT");
		routes.path("routes.nodes[0].legs[*].to.locode").entityList(String.class).containsExactly("PAMIT", "NLRTM");
		routes.path("routes.nodes[0].calls[*].source.id").entityList(String.class)
			.containsExactly("illustrative", "illustrative", "illustrative");
		routes.path("routes.nodes[0].sources[0].source.reliability").entity(String.class).isEqualTo("F");
	}

	@Test
	void aRouteWithOneLegListsItsSeizures() {
		var routes = graphQl.documentName("routes").variable("filter", Map.of("callsAt", "BEANR")).execute();
		routes.path("routes.nodes[0].id").entity(String.class).isEqualTo("r-gye-anr");
		routes.path("routes.nodes[0].legs[*].seq").entityList(Integer.class).containsExactly(0);
		routes.path("routes.nodes[0].seizures[*].id").entityList(String.class).containsExactly("s-anr-2023");
	}

	@Test
	void seizuresAreFilteredByPortOriginDrugAndDates() {
		expectSeizures(Map.of("drug", "COCAINE"), "s-anr-2023", "s-rtm-2024");
		expectSeizures(Map.of("from", "2024-01-01"), "s-anr-2024", "s-rtm-2024");
		expectSeizures(Map.of("from", "2024-01-01", "to", "2024-03-01"), "s-anr-2024");
		expectSeizures(Map.of("at", "BEANR"), "s-anr-2023", "s-anr-2024");
		expectSeizures(Map.of("shippedFrom", "PAMIT"), "s-rtm-2024");
		expectSeizures(Map.of("shippedFromState", "EC"), "s-anr-2023");
	}

	@Test
	void aSeizureShowsWhereItWasMadeWhereItCameFromAndItsRoute() {
		var seizures = graphQl.documentName("seizures").variable("filter", Map.of("shippedFromState", "EC")).execute();
		seizures.path("seizures.nodes[0].seizedOn").entity(String.class).isEqualTo("2023-12-31");
		seizures.path("seizures.nodes[0].quantityKg").entity(Double.class).isEqualTo(1000.0);
		seizures.path("seizures.nodes[0].concealment").entity(String.class).isEqualTo("banana boxes");
		seizures.path("seizures.nodes[0].at.locode").entity(String.class).isEqualTo("BEANR");
		seizures.path("seizures.nodes[0].shippedFrom.locode").entity(String.class).isEqualTo("ECGYE");
		seizures.path("seizures.nodes[0].route.id").entity(String.class).isEqualTo("r-gye-anr");
	}

	private void expectRoutes(Map<String, Object> filter, String... ids) {
		var response = graphQl.documentName("routes").variable("filter", filter).execute();
		response.path("routes.nodes[*].id").entityList(String.class).containsExactly(ids);
		response.path("routes.totalCount").entity(Integer.class).isEqualTo(ids.length);
	}

	private void expectSeizures(Map<String, Object> filter, String... ids) {
		var response = graphQl.documentName("seizures").variable("filter", filter).execute();
		response.path("seizures.nodes[*].id").entityList(String.class).containsExactly(ids);
		response.path("seizures.totalCount").entity(Integer.class).isEqualTo(ids.length);
	}

}
