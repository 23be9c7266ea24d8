package org.liaisongraph.maritime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisongraph.maritime.MaritimeFixture.nm;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The maritime analyses on {@link MaritimeFixture}, each figure worked out by hand. */
class MaritimeAnalysesTests extends IntegrationTest {

	private static final String SEA_COVERAGE = """
			query($route: ID, $from: Date!, $to: Date!) {
			  seaCoverage(route: $route, from: $from, to: $to) {
			    route { id } seaNm watchedNm watchedShare leftOut
			    byKind { kind watchedNm watchedShare }
			    legs { from { locode } to { locode } seq seaNm watchedNm watchedShare
			           unwatched { fromLatitude fromLongitude toLatitude toLongitude nm } }
			    deployments { id }
			  }
			}""";

	private static final String STAGES = "detections referrals interceptions seizures seizedKg";

	@BeforeEach
	void fixture() {
		importer.importFiles(MaritimeFixture.FILES);
	}

	@Test
	void seaCoverageClipsTheLegsSeaPathByTheAreasOfTheDeploymentsOfThePeriodInAllAndByKind() {
		var response = seaCoverage(graphQl, "2024-01-01", "2024-12-31");
		response.path("seaCoverage[*].route.id").entityList(String.class).containsExactly("r-x");
		response.path("seaCoverage[0].seaNm").entity(Double.class).isEqualTo(round(nm(-120, -119)));
		// d-1 (-119.5 to -119) and d-2 (-119.75 to -119.25) together watch -119.75 to -119
		response.path("seaCoverage[0].watchedNm").entity(Double.class).isEqualTo(round(nm(-119.75, -119)));
		response.path("seaCoverage[0].watchedShare").entity(Double.class).isEqualTo(0.75);
		response.path("seaCoverage[0].byKind[*].kind").entityList(String.class)
			.containsExactly("PATROL_AIRCRAFT", "SHIP");
		response.path("seaCoverage[0].byKind[0].watchedNm").entity(Double.class).isEqualTo(round(nm(-119.75, -119.25)));
		response.path("seaCoverage[0].byKind[0].watchedShare").entity(Double.class).isEqualTo(0.5);
		// d-4 watches far from the route: the ships watch what d-1 watches
		response.path("seaCoverage[0].byKind[1].watchedNm").entity(Double.class).isEqualTo(round(nm(-119.5, -119)));
		response.path("seaCoverage[0].legs[0].seaNm").entity(Double.class).isEqualTo(round(nm(-120, -119)));
		response.path("seaCoverage[0].legs[0].unwatched[*].nm").entityList(Double.class)
			.containsExactly(round(nm(-120, -119.75)));
		response.path("seaCoverage[0].legs[0].unwatched[0]").entity(Map.class)
			.satisfies(stretch -> assertThat(stretch).containsEntry("fromLatitude", -50.0)
				.containsEntry("fromLongitude", -120.0)
				.containsEntry("toLatitude", -50.0)
				.containsEntry("toLongitude", -119.75));
		response.path("seaCoverage[0].deployments[*].id").entityList(String.class).containsExactly("d-4", "d-1", "d-2");
		response.path("seaCoverage[0].leftOut").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void theLegsSeaLengthIsTheDistanceTheRouteLegCarries() {
		double legNm = MaritimeFixture.legNm(neo4j, "r-x");
		seaCoverage(graphQl, "2025-01-01", "2025-12-31").path("seaCoverage[0].legs[0].seaNm")
			.entity(Double.class)
			.isEqualTo(legNm);
	}

	@Test
	void deploymentsStillOperationalAreLeftOutOfSeaCoverageForAViewerOnly() {
		// 90 days before 2024-02-15 every deployment of 2024 is still operational
		clock.setDate(LocalDate.parse("2024-02-15"));
		var viewer = seaCoverage(as(Role.VIEWER), "2024-01-01", "2024-12-31");
		viewer.path("seaCoverage[0].watchedNm").entity(Double.class).isEqualTo(0.0);
		viewer.path("seaCoverage[0].leftOut").entity(Integer.class).isEqualTo(3);
		viewer.path("seaCoverage[0].deployments").entityList(Object.class).hasSize(0);
		viewer.path("seaCoverage[0].legs[0].unwatched[*].nm").entityList(Double.class)
			.containsExactly(round(nm(-120, -119)));
		seaCoverage(graphQl, "2024-01-01", "2024-12-31").path("seaCoverage[0].watchedShare")
			.entity(Double.class)
			.isEqualTo(0.75);

		clock.setDate(LocalDate.parse("2024-06-01"));
		seaCoverage(as(Role.VIEWER), "2024-01-01", "2024-12-31").path("seaCoverage[0].watchedShare")
			.entity(Double.class)
			.isEqualTo(0.75);
	}

	@Test
	void seaCoverageRefusesAPeriodEndingBeforeItStarts() {
		expectError(graphQl.document(SEA_COVERAGE)
			.variable("route", "r-x")
			.variable("from", "2024-02-01")
			.variable("to", "2024-01-01"), ErrorType.BAD_REQUEST, "to");
	}

	@Test
	void detectionFunnelCountsEachDetectionCaseAndSeizureOnceByKindAndByRoute() {
		var response = graphQl.document("""
				{ detectionFunnel(year: 2024) {
				    total { %1$s }
				    byAssetKind { kind stages { %1$s } }
				    byRoute { route { id } stages { %1$s } }
				    sources { id } grade illustrative
				} }""".formatted(STAGES)).execute();
		response.path("detectionFunnel.total").entity(Map.class).isEqualTo(stages(3, 3, 2, 2, 1500));
		response.path("detectionFunnel.byAssetKind[*].kind").entityList(String.class)
			.containsExactly("PATROL_AIRCRAFT", "SHIP", null);
		response.path("detectionFunnel.byAssetKind[*].stages").entityList(Map.class)
			.containsExactly(stages(2, 1, 0, 0, 0), stages(1, 1, 1, 1, 1000), stages(0, 1, 1, 1, 500));
		response.path("detectionFunnel.byRoute[0].route.id").entity(String.class).isEqualTo("r-x");
		response.path("detectionFunnel.byRoute[1].route").valueIsNull();
		response.path("detectionFunnel.byRoute[*].stages").entityList(Map.class)
			.containsExactly(stages(2, 3, 2, 2, 1500), stages(1, 0, 0, 0, 0));
		response.path("detectionFunnel.sources[*].id").entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("src-a", "illustrative"));
		response.path("detectionFunnel.grade").entity(String.class).isEqualTo("F");
		response.path("detectionFunnel.illustrative").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void maocnContributionAddsAStatesStaffAssetDaysInTheYearAndTheCasesItIntercepted() {
		var response = graphQl.document("""
				{ maocnContribution(year: 2024, state: "BE") {
				    state { iso2 } member staff assetDays hours detections interceptions seizedKg leftOut
				    cases { id } seizures { id } deployments { id } sources { id } grade
				} }""").execute();
		response.path("maocnContribution.member").entity(Boolean.class).isEqualTo(true);
		// 2 for Belgium itself, 1 for its navy; France is not Belgium
		response.path("maocnContribution.staff").entity(Integer.class).isEqualTo(3);
		// d-1: 31 days of January; d-4: 1 to 5 January; d-2 was not under MAOC-N
		response.path("maocnContribution.assetDays").entity(Integer.class).isEqualTo(36);
		response.path("maocnContribution.hours").entity(Integer.class).isEqualTo(120);
		response.path("maocnContribution.deployments[*].id").entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("d-1", "d-4"));
		response.path("maocnContribution.detections").entity(Integer.class).isEqualTo(1);
		response.path("maocnContribution.cases[*].id").entityList(String.class).satisfies(l -> assertThat(l).containsExactlyInAnyOrder("c-1", "c-3"));
		response.path("maocnContribution.interceptions").entity(Integer.class).isEqualTo(2);
		response.path("maocnContribution.seizures[*].id").entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("s-1", "s-2"));
		response.path("maocnContribution.seizedKg").entity(Double.class).isEqualTo(1500.0);
		response.path("maocnContribution.sources[*].id").entityList(String.class)
			.satisfies(l -> assertThat(l).containsExactlyInAnyOrder("src-a", "src-b", "illustrative"));
		response.path("maocnContribution.grade").entity(String.class).isEqualTo("F");
	}

	@Test
	void maocnContributionOfAnUnknownStateIsNotFound() {
		graphQl.document("{ maocnContribution(year: 2024, state: \"XX\") { staff } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)));
	}

	@Test
	void integrityTrendAddsUpTheUnitsOfEachYearAndKindForAClearedUser() {
		var response = integrityTrend(graphQl);
		response.path("integrityTrend[*].year").entityList(Integer.class).containsExactly(2023, 2024, 2024, 2024);
		response.path("integrityTrend[*].kind").entityList(String.class)
			.containsExactly("TESTS", "DISMISSALS", "INCIDENTS", "TESTS");
		response.path("integrityTrend[*].total").entityList(Integer.class).containsExactly(100, 2, 13, 200);
		response.path("integrityTrend[2].units[*].count").entityList(Integer.class).containsExactly(10, 3);
		response.path("integrityTrend[*].withheld").entityList(Boolean.class).satisfies(l -> assertThat(l).containsOnly(false));
	}

	@Test
	void integrityTrendWithholdsFromAViewerTheCountsUnderTheThresholdAndTheOneThatWouldRevealThem() {
		var response = integrityTrend(as(Role.VIEWER));
		response.path("integrityTrend[*].total").entityList(Integer.class).containsExactly(100, null, 13, 200);
		response.path("integrityTrend[1].withheld").entity(Boolean.class).isEqualTo(true);
		// navy's 3 is under 5; air's 10 would then be 13 less 3, so it goes too
		response.path("integrityTrend[2].units[*].count").entityList(Integer.class).containsExactly(null, null);
		response.path("integrityTrend[2].units[*].withheld").entityList(Boolean.class).containsExactly(true, true);
		response.path("integrityTrend[3].units[*].count").entityList(Integer.class).containsExactly(80, 120);
	}

	private GraphQlTester.Response seaCoverage(HttpGraphQlTester tester, String from, String to) {
		var response = tester.document(SEA_COVERAGE)
			.variable("route", "r-x")
			.variable("from", from)
			.variable("to", to)
			.execute();
		response.errors().verify();
		return response;
	}

	private GraphQlTester.Response integrityTrend(HttpGraphQlTester tester) {
		var response = tester
			.document("{ integrityTrend(from: 2023, to: 2024) { year kind total withheld units { unitType count withheld } } }")
			.execute();
		response.errors().verify();
		return response;
	}

	private static Map<String, Object> stages(int detections, int referrals, int interceptions, int seizures, double kg) {
		return Map.of("detections", detections, "referrals", referrals, "interceptions", interceptions, "seizures",
				seizures, "seizedKg", kg);
	}

	private static double round(double nm) {
		return Math.round(nm * 10) / 10.0;
	}

}
