package org.liaisongraph.maritime;

import static org.liaisongraph.maritime.MaritimeFixture.nm;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code seaAreaCoverage} and the watched stretches on {@link MaritimeFixture}, each figure worked
 * out by hand: the fixture's leg runs along 50°S from 120°W to 119°W, d-1 and d-2 together watch
 * it from 119.75°W to 119°W in January 2024, and in the Caribbean d-5 watches the whole named area
 * in February 2024.
 */
class SeaAreaCoverageTests extends IntegrationTest {

	private static final String AREA_COVERAGE = """
			query($area: SeaArea, $boundary: [[Float!]!], $from: Date!, $to: Date!) {
			  seaAreaCoverage(area: $area, boundary: $boundary, from: $from, to: $to) {
			    area boundary seaNm watchedNm watchedShare leftOut
			    byKind { kind watchedNm watchedShare }
			    legs { from { locode } to { locode } seaNm watchedNm watchedShare
			           watched { fromLongitude toLongitude nm geometry }
			           unwatched { fromLongitude toLongitude nm geometry } }
			    routes { route { id } seaNm watchedNm watchedShare }
			    deployments { id }
			  }
			}""";

	/** From 119.9°W to 119.4°W across the fixture's leg. */
	private static final List<List<Double>> BOX = List.of(List.of(-119.9, -51.0), List.of(-119.4, -51.0),
			List.of(-119.4, -49.0), List.of(-119.9, -49.0));

	@BeforeEach
	void fixture() {
		importer.importFiles(MaritimeFixture.FILES);
		importer.importFiles(MaritimeFixture.CARIBBEAN);
	}

	@Test
	void withinABoundaryOnlyTheStretchesInsideItCountAndWhatTheDeploymentsWatchedOfThem() {
		var response = boundary(graphQl, BOX, "2024-01-01", "2024-01-31");
		response.path("seaAreaCoverage.area").valueIsNull();
		response.path("seaAreaCoverage.seaNm").entity(Double.class).isEqualTo(round(nm(-119.9, -119.4)));
		// d-1 and d-2 watch from 119.75°W on: 0.35° of the 0.5° inside
		response.path("seaAreaCoverage.watchedNm").entity(Double.class).isEqualTo(round(nm(-119.75, -119.4)));
		response.path("seaAreaCoverage.watchedShare").entity(Double.class).isEqualTo(0.7);
		response.path("seaAreaCoverage.byKind[*].kind").entityList(String.class)
			.containsExactly("PATROL_AIRCRAFT", "SHIP");
		response.path("seaAreaCoverage.byKind[*].watchedShare").entityList(Double.class).containsExactly(0.7, 0.2);
		response.path("seaAreaCoverage.legs[*].from.locode").entityList(String.class).containsExactly("CLXAA");
		response.path("seaAreaCoverage.legs[0].unwatched[*].fromLongitude").entityList(Double.class)
			.containsExactly(-119.9);
		response.path("seaAreaCoverage.legs[0].unwatched[*].toLongitude").entityList(Double.class)
			.containsExactly(-119.75);
		response.path("seaAreaCoverage.legs[0].watched[0].geometry").entity(List.class)
			.isEqualTo(List.of(List.of(-119.75, -50.0), List.of(-119.4, -50.0)));
		response.path("seaAreaCoverage.legs[0].watched[0].nm").entity(Double.class)
			.isEqualTo(round(nm(-119.75, -119.4)));
		response.path("seaAreaCoverage.routes[*].route.id").entityList(String.class).containsExactly("r-x");
		response.path("seaAreaCoverage.routes[0].watchedShare").entity(Double.class).isEqualTo(0.7);
		// the boundary comes back closed
		response.path("seaAreaCoverage.boundary").entityList(Object.class).hasSize(5);
	}

	@Test
	void aDeploymentWithoutABoxWatchesTheNamedSeaAreaItWasDeployedTo() {
		double legNm = MaritimeFixture.legNm(neo4j, "r-c");
		var response = area(graphQl, "CARIBBEAN", "2024-02-01", "2024-02-28");
		response.path("seaAreaCoverage.area").entity(String.class).isEqualTo("CARIBBEAN");
		response.path("seaAreaCoverage.routes[*].route.id").entityList(String.class).containsExactly("r-c");
		response.path("seaAreaCoverage.seaNm").entity(Double.class).isEqualTo(legNm);
		response.path("seaAreaCoverage.watchedShare").entity(Double.class).isEqualTo(1.0);
		response.path("seaAreaCoverage.byKind[*].kind").entityList(String.class).containsExactly("SATELLITE");
		response.path("seaAreaCoverage.legs[0].unwatched").entityList(Object.class).hasSize(0);
		response.path("seaAreaCoverage.deployments[*].id").entityList(String.class).containsExactly("d-5");

		// the route form counts it too, and nothing watched the route in March
		seaCoverage("r-c", "2024-02-01", "2024-02-28").path("seaCoverage[0].watchedShare")
			.entity(Double.class)
			.isEqualTo(1.0);
		area(graphQl, "CARIBBEAN", "2024-03-01", "2024-03-31").path("seaAreaCoverage.watchedShare")
			.entity(Double.class)
			.isEqualTo(0.0);
	}

	@Test
	void aLegSailedByTwoRoutesCountsOnceInTheAreaAndForEachRoute() {
		importer.importFiles(List.of(new ImportFile("TraffickingRoute.csv", """
				id,name,commodity,modality,active,source
				r-y,Second Pacific route,COCAINE,CONTAINER,true,illustrative
				"""), new ImportFile("CALLS_AT.csv", """
				from,to,seq,role,source
				r-y,CLXAA,0,ORIGIN,illustrative
				r-y,CLXBB,1,DESTINATION,illustrative
				""")));
		var response = boundary(graphQl, BOX, "2024-01-01", "2024-01-31");
		response.path("seaAreaCoverage.seaNm").entity(Double.class).isEqualTo(round(nm(-119.9, -119.4)));
		response.path("seaAreaCoverage.legs").entityList(Object.class).hasSize(1);
		response.path("seaAreaCoverage.routes[*].route.id").entityList(String.class).containsExactly("r-x", "r-y");
		response.path("seaAreaCoverage.routes[*].watchedShare").entityList(Double.class).containsExactly(0.7, 0.7);
	}

	@Test
	void theRouteFormGivesTheWatchedStretchesBesideTheUnwatchedOnes() {
		var response = seaCoverage("r-x", "2024-01-01", "2024-12-31");
		response.path("seaCoverage[0].legs[0].watched[*].fromLongitude").entityList(Double.class)
			.containsExactly(-119.75);
		response.path("seaCoverage[0].legs[0].watched[*].toLongitude").entityList(Double.class).containsExactly(-119.0);
		response.path("seaCoverage[0].legs[0].unwatched[0].geometry").entity(List.class)
			.isEqualTo(List.of(List.of(-120.0, -50.0), List.of(-119.75, -50.0)));
	}

	@Test
	void deploymentsStillOperationalAreLeftOutOfTheAreaFormForAViewerOnly() {
		clock.setDate(LocalDate.parse("2024-03-15"));
		var viewer = area(as(Role.VIEWER), "CARIBBEAN", "2024-02-01", "2024-02-28");
		viewer.path("seaAreaCoverage.watchedShare").entity(Double.class).isEqualTo(0.0);
		viewer.path("seaAreaCoverage.leftOut").entity(Integer.class).isEqualTo(1);
		viewer.path("seaAreaCoverage.deployments").entityList(Object.class).hasSize(0);
		area(graphQl, "CARIBBEAN", "2024-02-01", "2024-02-28").path("seaAreaCoverage.watchedShare")
			.entity(Double.class)
			.isEqualTo(1.0);
	}

	@Test
	void anAreaAndABoundaryTogetherOrNeitherAreRefused() {
		expectError(graphQl.document(AREA_COVERAGE)
			.variable("area", "CARIBBEAN")
			.variable("boundary", BOX)
			.variable("from", "2024-01-01")
			.variable("to", "2024-01-31"), ErrorType.BAD_REQUEST, "area");
		expectError(graphQl.document(AREA_COVERAGE).variable("from", "2024-01-01").variable("to", "2024-01-31"),
				ErrorType.BAD_REQUEST, "area");
	}

	@Test
	void aBoundaryThatCrossesItselfOrHasTooFewPointsIsRefused() {
		var bowTie = List.of(List.of(0.0, 0.0), List.of(1.0, 1.0), List.of(1.0, 0.0), List.of(0.0, 1.0));
		expectError(graphQl.document(AREA_COVERAGE)
			.variable("boundary", bowTie)
			.variable("from", "2024-01-01")
			.variable("to", "2024-01-31"), ErrorType.BAD_REQUEST, "boundary");
		expectError(graphQl.document(AREA_COVERAGE)
			.variable("boundary", List.of(List.of(0.0, 0.0), List.of(1.0, 1.0)))
			.variable("from", "2024-01-01")
			.variable("to", "2024-01-31"), ErrorType.BAD_REQUEST, "boundary");
	}

	private GraphQlTester.Response area(HttpGraphQlTester tester, String area, String from, String to) {
		return areaCoverage(tester, "area", area, from, to);
	}

	private GraphQlTester.Response boundary(HttpGraphQlTester tester, List<List<Double>> boundary, String from,
			String to) {
		return areaCoverage(tester, "boundary", boundary, from, to);
	}

	private GraphQlTester.Response areaCoverage(HttpGraphQlTester tester, String argument, Object value, String from,
			String to) {
		var response = tester.document(AREA_COVERAGE)
			.variable(argument, value)
			.variable("from", from)
			.variable("to", to)
			.execute();
		response.errors().verify();
		return response;
	}

	private GraphQlTester.Response seaCoverage(String route, String from, String to) {
		var response = graphQl.document("""
				query($route: ID, $from: Date!, $to: Date!) {
				  seaCoverage(route: $route, from: $from, to: $to) {
				    watchedShare legs { watched { fromLongitude toLongitude } unwatched { geometry } }
				  }
				}""").variable("route", route).variable("from", from).variable("to", to).execute();
		response.errors().verify();
		return response;
	}

	private static double round(double nm) {
		return Math.round(nm * 10) / 10.0;
	}

}
