package org.liaisongraph.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each alert of the shared fixture fires on its day and not the day before, asked with a horizon of
 * 0 days (only that day): the Ecuador police treaty enters into force on 2023-06-01, the old
 * Colombia treaty ended on 2021-01-01, sm-1 is due for review on 2027-01-01, s-rtm-2024 was shipped
 * from Manzanillo (on an active route, no officer) on 2024-06-30, Ecuador's score fell from 34 to
 * 32 in a source published on 2024-01-15 (2 points). lo-1's posting at Guayaquil ends on 2024-12-31
 * and lo-2 takes over the next day, so no posting alert unless lo-2 comes a month late.
 */
class AlertTests extends IntegrationTest {

	@Autowired
	AlertQueries alerts;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void aTreatyEnteringIntoForceAlertsOnItsDayNotTheDayBefore() {
		assertThat(kinds("2023-06-01", 5)).containsExactly(alert(AlertKind.TREATY_ENTERS_INTO_FORCE, "t-be-ec-police"));
		assertThat(kinds("2023-05-31", 5)).isEmpty();
		// a horizon looks ahead
		assertThat(alerts.alerts(LocalDate.parse("2023-05-02"), 30, 5)).extracting(Alert::entityKey)
			.containsExactly("t-be-ec-police");
		assertThat(alerts.alerts(LocalDate.parse("2023-05-01"), 30, 5)).isEmpty();
	}

	@Test
	void aTreatyEndingAlertsOnItsDay() {
		assertThat(kinds("2021-01-01", 5)).containsExactly(alert(AlertKind.TREATY_ENDS, "t-be-co-old"));
		assertThat(kinds("2020-12-31", 5)).isEmpty();
	}

	@Test
	void aSanctionMeasureDueForReviewAlertsOnItsDayAndIsMarkedInvented() {
		assertThat(kinds("2027-01-01", 5)).contains(alert(AlertKind.SANCTION_REVIEW_DUE, "sm-1"));
		assertThat(kinds("2026-12-31", 5)).isEmpty();
		assertThat(alerts.alerts(LocalDate.parse("2027-01-01"), 0, 5)).filteredOn(a -> a.entityKey().equals("sm-1"))
			.singleElement()
			.satisfies(a -> assertThat(a.illustrative()).isTrue());
	}

	@Test
	void aSeizureFromAnUncoveredPortOnAnActiveRouteAlertsFromItsDay() {
		assertThat(alerts.alerts(LocalDate.parse("2024-06-30"), 0, 5)).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(AlertKind.SEIZURE_FROM_UNCOVERED_PORT);
			assertThat(a.entityKey()).isEqualTo("s-rtm-2024");
			assertThat(a.subject()).isEqualTo("Manzanillo");
			assertThat(a.amount()).isEqualTo(250.5);
			// the only active route through Manzanillo is invented
			assertThat(a.illustrative()).isTrue();
		});
		assertThat(kinds("2024-06-29", 5)).isEmpty();
		// Guayaquil was covered by lo-1 on 2023-12-31
		assertThat(kinds("2023-12-31", 5)).isEmpty();
	}

	@Test
	void aCorruptionScoreFallingByTheMarginAlertsFromItsPublication() {
		assertThat(kinds("2024-01-15", 2)).containsExactly(alert(AlertKind.CORRUPTION_SCORE_FELL, "EC"));
		assertThat(kinds("2024-01-15", 5)).isEmpty();
		assertThat(kinds("2024-01-14", 2)).isEmpty();
		assertThat(alerts.alerts(LocalDate.parse("2024-01-15"), 0, 2).getFirst().amount()).isEqualTo(2.0);
	}

	@Test
	void aPostingEndingWithoutSuccessorAlertsOnItsLastDay() {
		assertThat(kinds("2024-12-31", 5)).isEmpty();
		neo4j.query("MATCH (o:LiaisonOfficer {id: 'lo-2'}) SET o.since = date('2025-02-01')").run();
		assertThat(kinds("2024-12-31", 5)).containsExactly(alert(AlertKind.POSTING_ENDS_WITHOUT_SUCCESSOR, "lo-1"));
		assertThat(kinds("2024-12-30", 5)).isEmpty();
	}

	@Test
	void theQueryServesThemToEveryone() {
		clock.setDate(LocalDate.parse("2023-06-01"));
		var answer = as(org.liaisongraph.security.Role.VIEWER).documentName("alerts").variable("horizonDays", 0).execute();
		answer.path("alerts[*].kind").entityList(String.class).containsExactly("TREATY_ENTERS_INTO_FORCE");
		answer.path("alerts[0].subject").entity(String.class).isEqualTo("Belgium-Ecuador police cooperation");
	}

	private List<String> kinds(String asOf, double margin) {
		return alerts.alerts(LocalDate.parse(asOf), 0, margin).stream().map(a -> alert(a.kind(), a.entityKey())).toList();
	}

	private static String alert(AlertKind kind, String key) {
		return kind + " " + key;
	}

}
