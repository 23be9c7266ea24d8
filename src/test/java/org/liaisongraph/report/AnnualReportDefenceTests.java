package org.liaisongraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.liaisongraph.report.AnnualReportTests.figure;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.maritime.MaritimeFixture;
import org.liaisongraph.report.AnnualReport.Figure;
import org.liaisongraph.report.AnnualReport.Item;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Defence sections §7.1-7.3 of the report on 2024 of {@link MaritimeFixture}, home state BE,
 * worked out by hand.
 * <ul>
 * <li>§7.1: det-1..3 detected in 2024 (source A); c-1 (det-1), c-2 (det-2) and c-3 (invented, no
 * detection) referred; c-1 and c-3 intercepted, leading to s-1 (1000 kg, after c-1) and s-2 (500 kg,
 * invented, after c-3). Each counted thing is graded by itself and what it followed: without
 * invented facts 3 detections, 2 referrals, 1 interception, 1 seizure, 1000 kg; with them 3, 3, 2,
 * 2, 1500.</li>
 * <li>§7.2: Belgium 2 staff (source A) and its navy 1 (source B): 3, graded B; asset-days 31 (d-1) +
 * 5 (d-4 in 2024), both source A and ended long before 2025-01-15. Cases c-1 (A) and c-3 (F),
 * seizures s-1 (1000 kg, A) and s-2 (500 kg, F) one by one.</li>
 * <li>§7.3: 2024 dismissals 2, under the threshold 5: withheld; incidents 3 + 10 = 13; tests 120 + 80 =
 * 200.</li>
 * </ul>
 */
class AnnualReportDefenceTests extends IntegrationTest {

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportRenderer renderer;

	@BeforeEach
	void fixture() {
		importer.importFiles(MaritimeFixture.FILES);
		clock.setDate(LocalDate.of(2025, 1, 15));
	}

	@Test
	void section71GradesEachDetectionReferralInterceptionAndSeizureByItsWeakestFact() {
		var report = reports.report(2024, ReportLanguage.NL, false);
		assertThat(report.section("7.1").hasData()).isTrue();
		assertThat(List.of("detections", "referrals", "interceptions", "seizures", "seizedKg")
			.stream()
			.map(stage -> figure(report, "7.1." + stage).value())).containsExactly(3.0, 2.0, 1.0, 1.0, 1000.0);
		assertThat(figure(report, "7.1.detections").items()).allSatisfy(item -> {
			assertThat(item.grade()).isEqualTo("A");
			assertThat(item.counted()).isTrue();
		});
		Figure referrals = figure(report, "7.1.referrals");
		assertThat(referrals.items()).extracting(Item::text, Item::grade, Item::counted)
			.containsExactly(tuple("c-1", "A", true), tuple("c-2", "A", true), tuple("c-3", "F", false));
		assertThat(referrals.items().getFirst().facts()).extracting(AnnualReport.FactRef::key)
			.containsExactly("c-1", "det-1");
		assertThat(figure(report, "7.1.seizedKg").items()).extracting(Item::text, Item::amount, Item::counted)
			.containsExactly(tuple("s-1", 1000.0, true), tuple("s-2", 500.0, false));

		var withInvented = reports.report(2024, ReportLanguage.NL, true);
		assertThat(List.of("detections", "referrals", "interceptions", "seizures", "seizedKg")
			.stream()
			.map(stage -> figure(withInvented, "7.1." + stage).value())).containsExactly(3.0, 3.0, 2.0, 2.0, 1500.0);
	}

	@Test
	void section72GradesEachNumberByItsOwnFactsLeavingInventedCasesAndSeizuresOut() {
		var report = reports.report(2024, ReportLanguage.NL, false);
		assertThat(report.section("7.2").hasData()).isTrue();
		assertThat(figure(report, "7.2.cases").value()).isEqualTo(1.0);
		assertThat(figure(report, "7.2.cases").items()).extracting(Item::counted).containsExactlyInAnyOrder(true, false);
		assertThat(figure(report, "7.2.cases").items()).filteredOn(Item::counted)
			.singleElement()
			.satisfies(item -> {
				assertThat(item.facts()).extracting(AnnualReport.FactRef::key).containsExactly("c-1");
				assertThat(item.grade()).isEqualTo("A");
			});
		assertThat(figure(report, "7.2.seizedKg").value()).isEqualTo(1000.0);
		// staff and asset-days rest on their own facts, none invented, whatever else the contribution holds
		assertThat(figure(report, "7.2.staff").value()).isEqualTo(3.0);
		assertThat(figure(report, "7.2.staff").items()).singleElement()
			.satisfies(item -> assertThat(item.grade()).isEqualTo("B"));
		assertThat(figure(report, "7.2.assetDays").value()).isEqualTo(36.0);
		assertThat(figure(report, "7.2.assetDays").items()).singleElement().satisfies(item -> {
			assertThat(item.grade()).isEqualTo("A");
			assertThat(item.facts()).extracting(AnnualReport.FactRef::key).containsExactlyInAnyOrder("d-1", "d-4");
		});

		var withInvented = reports.report(2024, ReportLanguage.NL, true);
		assertThat(figure(withInvented, "7.2.staff").value()).isEqualTo(3.0);
		assertThat(figure(withInvented, "7.2.assetDays").value()).isEqualTo(36.0);
		assertThat(figure(withInvented, "7.2.cases").value()).isEqualTo(2.0);
		assertThat(figure(withInvented, "7.2.seizedKg").value()).isEqualTo(1500.0);
	}

	@Test
	void section73AddsUpEachKindAndWithholdsATotalUnderTheThresholdWhoeverAsks() {
		var report = reports.report(2024, ReportLanguage.NL, false);
		assertThat(report.section("7.3").figures()).extracting(Figure::key)
			.containsExactly("7.3.DISMISSALS", "7.3.INCIDENTS", "7.3.TESTS");
		assertThat(report.section("7.3").figures()).extracting(Figure::value).containsExactly(0.0, 13.0, 200.0);
		assertThat(figure(report, "7.3.DISMISSALS").items()).singleElement().satisfies(item -> {
			assertThat(item.counted()).isFalse();
			assertThat(item.amount()).isZero();
			assertThat(item.text()).isEqualTo("Niet vermeld: onder de aggregatiedrempel");
		});
	}

	@Test
	void theReportShowsNoPositionOrAreaOfDefence() {
		String html = renderer.html(reports.report(2024, ReportLanguage.FR, true));
		assertThat(html).contains("Interceptions").doesNotContain("-119.").doesNotContain("-50.0");
	}

	@Test
	void aYearWithoutMaritimeFactsHasNoDefenceData() {
		var report = reports.report(2022, ReportLanguage.NL, true);
		for (String code : List.of("7.1", "7.2", "7.3")) {
			assertThat(report.section(code).hasData()).isFalse();
			assertThat(report.section(code).figures()).isEmpty();
		}
	}

}
