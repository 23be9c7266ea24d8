package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
		response.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(1);
		response.path("routesBetween.paths[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "BEANR");
		response.path("routesBetween.paths[0].legs[0].from.locode").entity(String.class).isEqualTo("ECGYE");
		response.path("routesBetween.paths[0].legs[0].to.locode").entity(String.class).isEqualTo("BEANR");
		response.path("routesBetween.paths[0].legs[0].route.id").entity(String.class).isEqualTo("r-gye-anr");
		response.path("routesBetween.paths[0].routes[*].id").entityList(String.class).containsExactly("r-gye-anr");
		response.path("routesBetween.paths[0].routes[0].sources[0].source.reliability").entity(String.class).isEqualTo("F");
		double leg = legNm("r-gye-anr", 0);
		assertThat(leg).isPositive();
		response.path("routesBetween.paths[0].legs[0].distanceNm").entity(Double.class).isEqualTo(leg);
		response.path("routesBetween.paths[0].distanceNm").entity(Double.class).isEqualTo(leg);
	}

	@Test
	void fromAStatePathsStartAtAnyOfItsPortsAndFollowEveryLegOfARoute() {
		var response = routesBetween("co", "NLRTM", Map.of());
		response.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(2);
		response.path("routesBetween.paths[0].ports[*].locode").entityList(String.class)
			.containsExactly("COCTG", "PAMIT", "NLRTM");
		response.path("routesBetween.paths[0].legs[*].route.id").entityList(String.class)
			.containsExactly("r-ctg-mit-rtm", "r-ctg-mit-rtm");
		response.path("routesBetween.paths[0].routes[*].id").entityList(String.class).containsExactly("r-ctg-mit-rtm");
		double total = legNm("r-ctg-mit-rtm", 0) + legNm("r-ctg-mit-rtm", 1);
		response.path("routesBetween.paths[0].distanceNm").entity(Double.class)
			.satisfies(nm -> assertThat(nm).isCloseTo(total, within(1e-9)));

		routesBetween("PA", "NLRTM", Map.of()).path("routesBetween.paths[*].ports[*].locode").entityList(String.class)
			.containsExactly("PAMIT", "NLRTM");
	}

	@Test
	void legsOfDisusedRoutesAreFollowedOnlyWhenAsked() {
		routesBetween("EC", "NLRTM", Map.of()).path("routesBetween.paths").entityList(Object.class).hasSize(0);
		var all = routesBetween("EC", "NLRTM", Map.of("activeOnly", false));
		all.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(1);
		all.path("routesBetween.paths[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "NLRTM");
		all.path("routesBetween.paths[0].legs[0].route.id").entity(String.class).isEqualTo("r-gye-rtm-old");
		all.path("routesBetween.paths[0].legs[0].route.active").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void pathsAreOrderedByLegsThenDistanceAndAnUnknownDistanceMakesTheTotalUnknown() {
		importFourPathsFromGuayaquilToRotterdam();
		double viaAntwerp = legNm("r-gye-anr", 0) + legNm("r-anr-rtm", 0);
		double viaManzanillo = legNm("r-gye-mit", 0) + legNm("r-ctg-mit-rtm", 1);
		assertThat(viaAntwerp).isNotEqualTo(viaManzanillo);
		List<String> shorter = (viaAntwerp < viaManzanillo) ? List.of("ECGYE", "BEANR", "NLRTM")
				: List.of("ECGYE", "PAMIT", "NLRTM");
		List<String> longer = (viaAntwerp < viaManzanillo) ? List.of("ECGYE", "PAMIT", "NLRTM")
				: List.of("ECGYE", "BEANR", "NLRTM");

		var response = routesBetween("ECGYE", "NLRTM", Map.of("activeOnly", false));
		response.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(1, 2, 2, 2);
		response.path("routesBetween.paths[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "NLRTM");
		response.path("routesBetween.paths[1].ports[*].locode").entityList(String.class).isEqualTo(shorter);
		response.path("routesBetween.paths[2].ports[*].locode").entityList(String.class).isEqualTo(longer);
		response.path("routesBetween.paths[3].ports[*].locode").entityList(String.class)
			.containsExactly("ECGYE", "PAXNC", "NLRTM");
		response.path("routesBetween.paths[1].distanceNm").entity(Double.class)
			.satisfies(nm -> assertThat(nm).isCloseTo(Math.min(viaAntwerp, viaManzanillo), within(1e-9)));
		response.path("routesBetween.paths[2].distanceNm").entity(Double.class)
			.satisfies(nm -> assertThat(nm).isCloseTo(Math.max(viaAntwerp, viaManzanillo), within(1e-9)));
		response.path("routesBetween.paths[3].distanceNm").valueIsNull();
		response.path("routesBetween.paths[3].legs[0].distanceNm").valueIsNull();

		var antwerp = (viaAntwerp < viaManzanillo) ? 1 : 2;
		response.path("routesBetween.paths[" + antwerp + "].routes[*].id").entityList(String.class)
			.containsExactly("r-gye-anr", "r-anr-rtm");
		response.path("routesBetween.paths[" + antwerp + "].legs[*].route.id").entityList(String.class)
			.containsExactly("r-gye-anr", "r-anr-rtm");
	}

	@Test
	void firstKeepsTheBestPathsInOrderAndSaysWhetherMoreExist() {
		importFourPathsFromGuayaquilToRotterdam();
		// four paths in all: the disused direct leg, then three of two legs (two measured, one not)
		boolean antwerpShorter = legNm("r-gye-anr", 0) + legNm("r-anr-rtm", 0) < legNm("r-gye-mit", 0)
				+ legNm("r-ctg-mit-rtm", 1);
		String shorter = antwerpShorter ? "BEANR" : "PAMIT";
		String longer = antwerpShorter ? "PAMIT" : "BEANR";
		var one = routesBetween("ECGYE", "NLRTM", Map.of("activeOnly", false, "first", 1));
		one.path("routesBetween.paths[*].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "NLRTM");
		one.path("routesBetween.truncated").entity(Boolean.class).isEqualTo(true);

		var three = routesBetween("ECGYE", "NLRTM", Map.of("activeOnly", false, "first", 3));
		three.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(1, 2, 2);
		three.path("routesBetween.paths[*].ports[1].locode").entityList(String.class)
			.containsExactly("NLRTM", shorter, longer);
		three.path("routesBetween.truncated").entity(Boolean.class).isEqualTo(true);

		var all = routesBetween("ECGYE", "NLRTM", Map.of("activeOnly", false, "first", 4));
		all.path("routesBetween.paths[*].ports[1].locode").entityList(String.class)
			.containsExactly("NLRTM", shorter, longer, "PAXNC");
		all.path("routesBetween.truncated").entity(Boolean.class).isEqualTo(false);
		routesBetween("ECGYE", "NLRTM", Map.of("activeOnly", false)).path("routesBetween.truncated")
			.entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aDenseLayeredGraphAnswersItsFewestLegPathsFirstAndSaysMoreExist() {
		// four layers of eight ports (Cabo Verde's, then three of Luxembourg's), every port of a layer
		// joined to every port of the next and each port of the last layer to Antwerp by eight routes:
		// 8^4 * 8 = 32,768 paths of four legs from Cabo Verde, plus one of two legs (CVXAA - Manzanillo -
		// Antwerp) and one of three (CVXAC - Cartagena, then r-ctg-mit-rtm to Manzanillo, then Antwerp)
		importer.importFiles(denseLayers());
		var three = routesBetween("CV", "BEANR", Map.of("first", 3));
		three.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(2, 3, 4);
		three.path("routesBetween.paths[0].ports[*].locode").entityList(String.class)
			.containsExactly("CVXAA", "PAMIT", "BEANR");
		three.path("routesBetween.paths[1].ports[*].locode").entityList(String.class)
			.containsExactly("CVXAC", "COCTG", "PAMIT", "BEANR");
		three.path("routesBetween.paths[2].ports[*].locode").entityList(String.class)
			.satisfies(ports -> assertThat(ports).hasSize(5).last().isEqualTo("BEANR"));
		three.path("routesBetween.truncated").entity(Boolean.class).isEqualTo(true);

		// the cap: the two short paths, then 98 of the 32,768 of four legs, each through the four
		// layers in order, none twice, in the order of their ports' UN/LOCODEs then their routes' ids
		// (no distances)
		var most = routesBetween("CV", "BEANR", Map.of("first", 100));
		most.path("routesBetween.truncated").entity(Boolean.class).isEqualTo(true);
		List<Integer> legs = most.path("routesBetween.paths[*].legCount").entityList(Integer.class).get();
		assertThat(legs).hasSize(100).startsWith(2, 3).containsOnly(2, 3, 4);
		List<String> layered = new ArrayList<>();
		for (int i = 2; i < 100; i++) {
			List<String> ports = most.path("routesBetween.paths[" + i + "].ports[*].locode").entityList(String.class).get();
			List<String> routes = most.path("routesBetween.paths[" + i + "].legs[*].route.id").entityList(String.class)
				.get();
			assertThat(ports).hasSize(5).last().isEqualTo("BEANR");
			for (int layer = 0; layer < 4; layer++) {
				assertThat(ports.get(layer)).startsWith((layer == 0 ? "CV" : "LU") + "X" + (char) ('A' + layer));
			}
			layered.add(String.join(" ", ports) + " " + String.join(" ", routes));
		}
		assertThat(layered).isSorted().doesNotHaveDuplicates();

		// within three legs, both short paths and nothing more
		var withinThree = routesBetween("CV", "BEANR", Map.of("maxLegs", 3));
		withinThree.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(2, 3);
		withinThree.path("routesBetween.truncated").entity(Boolean.class).isEqualTo(false);
	}

	/** Routes through four layers of eight ports (see the test above that uses them). */
	private static List<ImportFile> denseLayers() {
		var ports = new StringBuilder("locode,name,source\n");
		var inState = new StringBuilder("fromLabel,from,to,source\n");
		for (int layer = 0; layer < 4; layer++) {
			for (int i = 0; i < 8; i++) {
				String state = (layer == 0) ? "CV" : "LU";
				String locode = layerPort(layer, i);
				ports.append(locode).append(",Layer ").append(layer).append(" port ").append(i).append(",illustrative\n");
				inState.append("Port,").append(locode).append(',').append(state).append(",illustrative\n");
			}
		}
		var routes = new StringBuilder("id,name,commodity,modality,active,source\n");
		var calls = new StringBuilder("from,to,seq,role,source\n");
		// route (i, j) calls at A_i, B_j, C_(i+j), D_(i+2j) (mod 8), then Antwerp: the 64 routes join
		// every pair of consecutive layers, since (i, j) -> (i+j, i+2j) is one-to-one mod 8
		for (int i = 0; i < 8; i++) {
			for (int j = 0; j < 8; j++) {
				String id = "r-layer-" + i + j;
				routes.append(id).append(",Layers ").append(i).append(j).append(",COCAINE,CONTAINER,true,illustrative\n");
				List<String> stops = List.of(layerPort(0, i), layerPort(1, j), layerPort(2, (i + j) % 8),
						layerPort(3, (i + 2 * j) % 8), "BEANR");
				for (int seq = 0; seq < stops.size(); seq++) {
					String role = (seq == 0) ? "ORIGIN" : (seq == stops.size() - 1) ? "DESTINATION" : "TRANSIT";
					calls.append(id).append(',').append(stops.get(seq)).append(',').append(seq).append(',').append(role)
						.append(",illustrative\n");
				}
			}
		}
		routes.append("r-short,Short cut,COCAINE,CONTAINER,true,illustrative\n");
		routes.append("r-three,To Cartagena,COCAINE,CONTAINER,true,illustrative\n");
		calls.append("""
				r-short,CVXAA,0,ORIGIN,illustrative
				r-short,PAMIT,1,TRANSIT,illustrative
				r-short,BEANR,2,DESTINATION,illustrative
				r-three,CVXAC,0,ORIGIN,illustrative
				r-three,COCTG,1,DESTINATION,illustrative
				""");
		return List.of(new ImportFile("Port.csv", ports.toString()), new ImportFile("IN_STATE.csv", inState.toString()),
				new ImportFile("TraffickingRoute.csv", routes.toString()), new ImportFile("CALLS_AT.csv", calls.toString()));
	}

	/**
	 * From Guayaquil to Rotterdam: the fixture's disused direct leg, and three paths of two legs, via
	 * Antwerp, via Manzanillo, and via a port without coordinates (no distance).
	 */
	private void importFourPathsFromGuayaquilToRotterdam() {
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
	}

	private static String layerPort(int layer, int i) {
		return ((layer == 0) ? "CV" : "LU") + "X" + (char) ('A' + layer) + (char) ('A' + i);
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
		fromCartagena.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(1);
		fromCartagena.path("routesBetween.paths[0].ports[*].locode").entityList(String.class)
			.containsExactly("COCTG", "BEANR");

		var fromManzanillo = routesBetween("PAMIT", "BEANR", Map.of("maxLegs", 6));
		fromManzanillo.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(2);
		fromManzanillo.path("routesBetween.paths[0].ports[*].locode").entityList(String.class)
			.containsExactly("PAMIT", "COCTG", "BEANR");
		fromManzanillo.path("routesBetween.paths[0].routes[*].id").entityList(String.class).containsExactly("r-loop");
	}

	@Test
	void maxLegsLimitsPathsAndDefaultsToFour() {
		routesBetween("COCTG", "NLRTM", Map.of("maxLegs", 1)).path("routesBetween.paths").entityList(Object.class).hasSize(0);
		routesBetween("COCTG", "NLRTM", Map.of("maxLegs", 2)).path("routesBetween.paths[*].legCount")
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
		defaults.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(2);
		defaults.path("routesBetween.paths[0].routes[*].id").entityList(String.class).containsExactly("r-chain", "r-gye-anr");
		routesBetween("PABLB", "BEANR", Map.of("maxLegs", 5)).path("routesBetween.paths[*].legCount")
			.entityList(Integer.class).containsExactly(2, 5, 5, 5, 5);
		var five = routesBetween("PABLB", "BEANR", Map.of("maxLegs", 6));
		five.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(2, 5, 5, 5, 5);
		// equal ports and distances: the route ids break the tie
		five.path("routesBetween.paths[1].routes[*].id").entityList(String.class).containsExactly("r-chain");
		five.path("routesBetween.paths[4].legs[*].route.id").entityList(String.class)
			.containsExactly("r-chain", "r-chain", "r-ctg-mit-rtm", "r-ctg-mit-rtm", "r-chain");
		five.path("routesBetween.paths[4].routes[*].id").entityList(String.class).containsExactly("r-chain", "r-ctg-mit-rtm");
	}

	@Test
	void theReferenceDatasetAnswersWithDirectAndTranshipmentPaths() throws IOException {
		loadReferenceDataset(neo4j, importer);
		var response = routesBetween("EC", "BEANR", Map.of());
		response.path("routesBetween.paths[*].legCount").entityList(Integer.class).containsExactly(1, 2, 2);
		response.path("routesBetween.paths[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "BEANR");
		response.path("routesBetween.paths[0].routes[*].id").entityList(String.class).containsExactly("route-gye-anr");
		response.path("routesBetween.paths[1:].ports[0].locode").entityList(String.class)
			.satisfies(starts -> assertThat(starts).containsExactlyInAnyOrder("ECGYE", "ECPSJ"));
		response.path("routesBetween.paths[1:].ports[1].locode").entityList(String.class).containsExactly("PAMIT", "PAMIT");
		response.path("routesBetween.paths[*].distanceNm").entityList(Double.class)
			.satisfies(nm -> assertThat(nm.get(1)).isPositive().isLessThanOrEqualTo(nm.get(2)));
		answersBenchQuery(graphQl, "routesBetween", "routesBetween.paths");
	}

	@Test
	void maxLegsOutsideOneToSixIsABadRequest() {
		expectError(routesBetweenRequest("COCTG", "NLRTM", Map.of("maxLegs", 7)), ErrorType.BAD_REQUEST, "maxLegs");
		expectError(routesBetweenRequest("COCTG", "NLRTM", Map.of("maxLegs", 0)), ErrorType.BAD_REQUEST, "maxLegs");
	}

	@Test
	void firstOutsideOneToAHundredIsABadRequest() {
		expectError(routesBetweenRequest("COCTG", "NLRTM", Map.of("first", 0)), ErrorType.BAD_REQUEST, "first");
		expectError(routesBetweenRequest("COCTG", "NLRTM", Map.of("first", 101)), ErrorType.BAD_REQUEST, "first");
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
		answersBenchQuery(graphQl, name, name);
	}

	/** As above, the rows of the answer at {@code rows}. */
	static void answersBenchQuery(HttpGraphQlTester graphQl, String name, String rows) throws IOException {
		String document = Files.readString(Path.of("bench/queries", name + ".graphql"));
		graphQl.document(document).execute().path(rows).entityList(Object.class).hasSizeGreaterThan(0);
	}
}
