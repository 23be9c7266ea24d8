package org.liaisongraph.maritime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ReferenceDataset;
import org.liaisongraph.support.IntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The maritime analyses on the reference dataset answer with figures and their sources. Each is
 * run twice and the second run's time logged, for the note; nothing asserts on time.
 */
class MaritimeReferenceDatasetTests extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(MaritimeReferenceDatasetTests.class);

	@Autowired
	ReferenceDataset dataset;

	@BeforeEach
	void load() {
		dataset.load();
	}

	@Test
	void seaCoverageOfGuayaquilToAntwerpHasAWatchedShareAndUnwatchedStretches() {
		var response = timed("seaCoverage", """
				{ seaCoverage(route: "route-gye-anr", from: "2024-01-01", to: "2024-12-31") {
				    seaNm watchedNm watchedShare byKind { kind watchedShare }
				    legs { unwatched { fromLatitude fromLongitude toLatitude toLongitude nm } }
				    deployments { id illustrative }
				} }""");
		response.path("seaCoverage[0].watchedShare").entity(Double.class).satisfies(share -> assertThat(share).isBetween(0.01, 0.99));
		response.path("seaCoverage[0].legs[0].unwatched").entityList(Object.class).hasSizeGreaterThan(0);
		response.path("seaCoverage[0].deployments[*].illustrative").entityList(Boolean.class).contains(true);
		log.info("seaCoverage of route-gye-anr in 2024: {}", response.path("seaCoverage[0]").entity(Object.class).get());
	}

	@Test
	void detectionFunnelAndMaocnContributionListTheirSources() {
		var funnel = timed("detectionFunnel", """
				{ detectionFunnel(year: 2024) {
				    total { detections referrals interceptions seizures seizedKg } sources { id url } grade illustrative
				} }""");
		funnel.path("detectionFunnel.total.referrals").entity(Integer.class).isEqualTo(4);
		funnel.path("detectionFunnel.total.seizedKg").entity(Double.class).isEqualTo(3281.0 + 100 + 800);
		funnel.path("detectionFunnel.sources[*].id").entityList(String.class).contains("maoc-eu-news-2024", "illustrative");

		var spain = timed("maocnContribution", """
				{ maocnContribution(year: 2024, state: "ES") {
				    member staff cases { id } seizedKg sources { id url } grade illustrative
				} }""");
		spain.path("maocnContribution.seizedKg").entity(Double.class).isEqualTo(3281.0);
		spain.path("maocnContribution.sources[*].id").entityList(String.class).contains("maoc-eu-news-2024");
		spain.path("maocnContribution.illustrative").entity(Boolean.class).isEqualTo(false);
		log.info("detectionFunnel 2024: {}; maocnContribution 2024 ES: {}",
				funnel.path("detectionFunnel.total").entity(Object.class).get(),
				spain.path("maocnContribution").entity(Object.class).get());

		timed("integrityTrend", "{ integrityTrend(from: 2023, to: 2024) { year kind total withheld illustrative } }")
			.path("integrityTrend[*].illustrative")
			.entityList(Boolean.class)
			.contains(true);
	}

	private GraphQlTester.Response timed(String name, String document) {
		graphQl.document(document).execute().errors().verify();
		long start = System.nanoTime();
		var response = graphQl.document(document).execute();
		response.errors().verify();
		log.info("{} on the reference dataset: {} ms (second run, through GraphQL)", name,
				(System.nanoTime() - start) / 1_000_000);
		return response;
	}

}
