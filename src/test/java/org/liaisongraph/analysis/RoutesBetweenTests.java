package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.GraphImporter;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

class RoutesBetweenTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void aRouteWithOneLegIsAPathOfOneLegWithItsDistance() {
		var response = routesBetween("ECGYE", "BEANR", Map.of());
		response.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(1);
		response.path("routesBetween[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "BEANR");
		response.path("routesBetween[0].legs[0].from.locode").entity(String.class).isEqualTo("ECGYE");
		response.path("routesBetween[0].legs[0].to.locode").entity(String.class).isEqualTo("BEANR");
		response.path("routesBetween[0].legs[0].route.id").entity(String.class).isEqualTo("r-gye-anr");
		response.path("routesBetween[0].routes[*].id").entityList(String.class).containsExactly("r-gye-anr");
		response.path("routesBetween[0].routes[0].sources[0].source.reliability").entity(String.class).isEqualTo("F");
		double leg = legNm("r-gye-anr", 0);
		assertThat(leg).isPositive();
		response.path("routesBetween[0].legs[0].distanceNm").entity(Double.class).isEqualTo(leg);
		response.path("routesBetween[0].distanceNm").entity(Double.class).isEqualTo(leg);
	}

	@Test
	void fromAStatePathsStartAtAnyOfItsPortsAndFollowEveryLegOfARoute() {
		var response = routesBetween("co", "NLRTM", Map.of());
		response.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(2);
		response.path("routesBetween[0].ports[*].locode").entityList(String.class)
			.containsExactly("COCTG", "PAMIT", "NLRTM");
		response.path("routesBetween[0].legs[*].route.id").entityList(String.class)
			.containsExactly("r-ctg-mit-rtm", "r-ctg-mit-rtm");
		response.path("routesBetween[0].routes[*].id").entityList(String.class).containsExactly("r-ctg-mit-rtm");
		double total = legNm("r-ctg-mit-rtm", 0) + legNm("r-ctg-mit-rtm", 1);
		response.path("routesBetween[0].distanceNm").entity(Double.class)
			.satisfies(nm -> assertThat(nm).isCloseTo(total, within(1e-9)));

		routesBetween("PA", "NLRTM", Map.of()).path("routesBetween[*].ports[*].locode").entityList(String.class)
			.containsExactly("PAMIT", "NLRTM");
	}

	@Test
	void legsOfDisusedRoutesAreFollowedOnlyWhenAsked() {
		routesBetween("EC", "NLRTM", Map.of()).path("routesBetween").entityList(Object.class).hasSize(0);
		var all = routesBetween("EC", "NLRTM", Map.of("activeOnly", false));
		all.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(1);
		all.path("routesBetween[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "NLRTM");
		all.path("routesBetween[0].legs[0].route.id").entity(String.class).isEqualTo("r-gye-rtm-old");
		all.path("routesBetween[0].legs[0].route.active").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void pathsAreOrderedByLegsThenDistanceAndAnUnknownDistanceMakesTheTotalUnknown() {
		importer.importFiles(List.of(
				new ImportFile("Port.csv", "locode,name,source\nPAXNC,Port without coordinates,illustrative\n"),
				new ImportFile("TraffickingRoute.csv", """
						id,name,commodity,modality,active,source
						r-anr-rtm,Antwerp - Rotterdam,COCAINE,CONTAINER,true,illustrative
						r-gye-mit,Guayaquil - Manzanillo,COCAINE,CONTAINER,true,illustrative
						r-gye-xnc-rtm,Guayaquil - nowhere - Rotterdam,COCAINE,CONTAINER,true,illustrative
						"""),
				new ImportFile("CALLS_AT.csv", """
						from,to,seq,role,source
						r-anr-rtm,BEANR,0,ORIGIN,illustrative
						r-anr-rtm,NLRTM,1,DESTINATION,illustrative
						r-gye-mit,ECGYE,0,ORIGIN,illustrative
						r-gye-mit,PAMIT,1,DESTINATION,illustrative
						r-gye-xnc-rtm,ECGYE,0,ORIGIN,illustrative
						r-gye-xnc-rtm,PAXNC,1,TRANSIT,illustrative
						r-gye-xnc-rtm,NLRTM,2,DESTINATION,illustrative
						""")));
		double viaAntwerp = legNm("r-gye-anr", 0) + legNm("r-anr-rtm", 0);
		double viaManzanillo = legNm("r-gye-mit", 0) + legNm("r-ctg-mit-rtm", 1);
		assertThat(viaAntwerp).isNotEqualTo(viaManzanillo);
		List<String> shorter = (viaAntwerp < viaManzanillo) ? List.of("ECGYE", "BEANR", "NLRTM")
				: List.of("ECGYE", "PAMIT", "NLRTM");
		List<String> longer = (viaAntwerp < viaManzanillo) ? List.of("ECGYE", "PAMIT", "NLRTM")
				: List.of("ECGYE", "BEANR", "NLRTM");

		var response = routesBetween("ECGYE", "NLRTM", Map.of("activeOnly", false));
		response.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(1, 2, 2, 2);
		response.path("routesBetween[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "NLRTM");
		response.path("routesBetween[1].ports[*].locode").entityList(String.class).isEqualTo(shorter);
		response.path("routesBetween[2].ports[*].locode").entityList(String.class).isEqualTo(longer);
		response.path("routesBetween[3].ports[*].locode").entityList(String.class)
			.containsExactly("ECGYE", "PAXNC", "NLRTM");
		response.path("routesBetween[1].distanceNm").entity(Double.class)
			.satisfies(nm -> assertThat(nm).isCloseTo(Math.min(viaAntwerp, viaManzanillo), within(1e-9)));
		response.path("routesBetween[2].distanceNm").entity(Double.class)
			.satisfies(nm -> assertThat(nm).isCloseTo(Math.max(viaAntwerp, viaManzanillo), within(1e-9)));
		response.path("routesBetween[3].distanceNm").valueIsNull();
		response.path("routesBetween[3].legs[0].distanceNm").valueIsNull();

		var antwerp = (viaAntwerp < viaManzanillo) ? 1 : 2;
		response.path("routesBetween[" + antwerp + "].routes[*].id").entityList(String.class)
			.containsExactly("r-gye-anr", "r-anr-rtm");
		response.path("routesBetween[" + antwerp + "].legs[*].route.id").entityList(String.class)
			.containsExactly("r-gye-anr", "r-anr-rtm");
	}

	@Test
	void aPathNeverVisitsAPortTwiceEvenWhenARouteDoes() {
		importer.importFiles(List.of(
				new ImportFile("TraffickingRoute.csv", """
						id,name,commodity,modality,active,source
						r-loop,Cartagena - Manzanillo - Cartagena - Antwerp,COCAINE,CONTAINER,true,illustrative
						"""),
				new ImportFile("CALLS_AT.csv", """
						from,to,seq,role,source
						r-loop,COCTG,0,ORIGIN,illustrative
						r-loop,PAMIT,1,TRANSIT,illustrative
						r-loop,COCTG,2,TRANSIT,illustrative
						r-loop,BEANR,3,DESTINATION,illustrative
						""")));
		var fromCartagena = routesBetween("COCTG", "BEANR", Map.of("maxLegs", 6));
		fromCartagena.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(1);
		fromCartagena.path("routesBetween[0].ports[*].locode").entityList(String.class)
			.containsExactly("COCTG", "BEANR");

		var fromManzanillo = routesBetween("PAMIT", "BEANR", Map.of("maxLegs", 6));
		fromManzanillo.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(2);
		fromManzanillo.path("routesBetween[0].ports[*].locode").entityList(String.class)
			.containsExactly("PAMIT", "COCTG", "BEANR");
		fromManzanillo.path("routesBetween[0].routes[*].id").entityList(String.class).containsExactly("r-loop");
	}

	@Test
	void maxLegsLimitsPathsAndDefaultsToFour() {
		routesBetween("COCTG", "NLRTM", Map.of("maxLegs", 1)).path("routesBetween").entityList(Object.class).hasSize(0);
		routesBetween("COCTG", "NLRTM", Map.of("maxLegs", 2)).path("routesBetween[*].legCount")
			.entityList(Integer.class).containsExactly(2);

		importer.importFiles(List.of(
				new ImportFile("Port.csv", "locode,name,latitude,longitude,source\nPABLB,Balboa,8.95,-79.57,illustrative\n"),
				new ImportFile("TraffickingRoute.csv", """
						id,name,commodity,modality,active,source
						r-chain,Five legs,COCAINE,CONTAINER,true,illustrative
						"""),
				new ImportFile("CALLS_AT.csv", """
						from,to,seq,role,source
						r-chain,PABLB,0,ORIGIN,illustrative
						r-chain,ECGYE,1,TRANSIT,illustrative
						r-chain,COCTG,2,TRANSIT,illustrative
						r-chain,PAMIT,3,TRANSIT,illustrative
						r-chain,NLRTM,4,TRANSIT,illustrative
						r-chain,BEANR,5,DESTINATION,illustrative
						""")));
		// PABLB-ECGYE then r-gye-anr; or all five legs of r-chain, where r-ctg-mit-rtm runs
		// alongside it from COCTG to PAMIT and from PAMIT to NLRTM: four variants
		var defaults = graphQl.documentName("routesBetweenDefaults").variable("from", "PABLB").variable("to", "BEANR")
			.execute();
		defaults.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(2);
		defaults.path("routesBetween[0].routes[*].id").entityList(String.class).containsExactly("r-chain", "r-gye-anr");
		routesBetween("PABLB", "BEANR", Map.of("maxLegs", 5)).path("routesBetween[*].legCount")
			.entityList(Integer.class).containsExactly(2, 5, 5, 5, 5);
		var five = routesBetween("PABLB", "BEANR", Map.of("maxLegs", 6));
		five.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(2, 5, 5, 5, 5);
		// equal ports and distances: the route ids break the tie
		five.path("routesBetween[1].routes[*].id").entityList(String.class).containsExactly("r-chain");
		five.path("routesBetween[4].legs[*].route.id").entityList(String.class)
			.containsExactly("r-chain", "r-chain", "r-ctg-mit-rtm", "r-ctg-mit-rtm", "r-chain");
		five.path("routesBetween[4].routes[*].id").entityList(String.class).containsExactly("r-chain", "r-ctg-mit-rtm");
	}

	@Test
	void theReferenceDatasetAnswersWithDirectAndTranshipmentPaths() throws IOException {
		loadReferenceDataset(neo4j, importer);
		var response = routesBetween("EC", "BEANR", Map.of());
		response.path("routesBetween[*].legCount").entityList(Integer.class).containsExactly(1, 2, 2);
		response.path("routesBetween[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "BEANR");
		response.path("routesBetween[0].routes[*].id").entityList(String.class).containsExactly("route-gye-anr");
		response.path("routesBetween[1:].ports[0].locode").entityList(String.class)
			.satisfies(starts -> assertThat(starts).containsExactlyInAnyOrder("ECGYE", "ECPSJ"));
		response.path("routesBetween[1:].ports[1].locode").entityList(String.class).containsExactly("PAMIT", "PAMIT");
		response.path("routesBetween[*].distanceNm").entityList(Double.class)
			.satisfies(nm -> assertThat(nm.get(1)).isPositive().isLessThanOrEqualTo(nm.get(2)));
		answersBenchQuery(graphQl, "routesBetween");
	}

	@Test
	void maxLegsOutsideOneToSixIsABadRequest() {
		expectError(routesBetweenRequest("COCTG", "NLRTM", Map.of("maxLegs", 7)), ErrorType.BAD_REQUEST, "maxLegs");
		expectError(routesBetweenRequest("COCTG", "NLRTM", Map.of("maxLegs", 0)), ErrorType.BAD_REQUEST, "maxLegs");
	}

	@Test
	void malformedCodesAreBadRequestsAndUnknownOnesNotFound() {
		expectError(routesBetweenRequest("ECU", "BEANR", Map.of()), ErrorType.BAD_REQUEST, "from");
		expectError(routesBetweenRequest("EC-GYE", "BEANR", Map.of()), ErrorType.BAD_REQUEST, "from");
		expectError(routesBetweenRequest("EC", "BE", Map.of()), ErrorType.BAD_REQUEST, "to");
		expectError(routesBetweenRequest("ZZZZZ", "BEANR", Map.of()), ErrorType.NOT_FOUND, "from");
		expectError(routesBetweenRequest("XX", "BEANR", Map.of()), ErrorType.NOT_FOUND, "from");
		expectError(routesBetweenRequest("EC", "ZZZZZ", Map.of()), ErrorType.NOT_FOUND, "to");
	}

	private GraphQlTester.Response routesBetween(String from, String to, Map<String, Object> options) {
		return routesBetweenRequest(from, to, options).execute();
	}

	private GraphQlTester.Request<?> routesBetweenRequest(String from, String to, Map<String, Object> options) {
		var request = graphQl.documentName("routesBetween").variable("from", from).variable("to", to);
		options.forEach(request::variable);
		return request;
	}

	private double legNm(String route, int seq) {
		return neo4j.query("MATCH ()-[l:LEG {route: $route, seq: $seq}]->() RETURN l.distanceNm")
			.bind(route).to("route")
			.bind(seq).to("seq")
			.fetchAs(Double.class)
			.one()
			.orElseThrow();
	}

	static void loadReferenceDataset(Neo4jClient neo4j, GraphImporter importer) {
		neo4j.query("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') DETACH DELETE n").run();
		importer.importFiles(ImportFile.fromClasspath("classpath:dataset"));
	}

	/** Runs {@code bench/queries/<name>.graphql}, which must answer without errors and with data. */
	static void answersBenchQuery(HttpGraphQlTester graphQl, String name) throws IOException {
		String document = Files.readString(Path.of("bench/queries", name + ".graphql"));
		graphQl.document(document).execute().path(name).entityList(Object.class).hasSizeGreaterThan(0);
	}
}
