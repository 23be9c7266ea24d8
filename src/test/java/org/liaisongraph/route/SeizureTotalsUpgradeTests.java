package org.liaisongraph.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.PendingBackfill;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A data folder whose totals were written before port totals held what was shipped from the port
 * gets them at the next start: the migration asks for the backfill, which computes every total again.
 * On the fixture, Manzanillo ships s-rtm-2024 (250.5 kg, A) and Guayaquil s-anr-2023 (1,000 kg, A); Antwerp
 * and Rotterdam have totals of seizures made there, none shipped from them.
 */
class SeizureTotalsUpgradeTests extends IntegrationTest {

	@Autowired
	private PendingBackfill backfill;

	@Test
	void theMigrationHasTotalsWrittenBeforeItComputedAgainAtTheNextStart() throws IOException {
		loadFixture();
		neo4j.query("""
				MATCH (t:SeizureTotal)
				REMOVE t.shippedFromKg, t.shippedFromCount, t.shippedFromGrade, t.shippedFromCountWithIllustrative,
				       t.shippedFromGradeWithIllustrative""").run();
		String migration = Files.readString(Path.of("graph-schema/V0064__Seizure_totals_shipped_from_by_grade.cypher"));
		neo4j.query(migration.lines().filter(line -> !line.startsWith("//")).reduce("", String::concat)).run();

		backfill.run(null);

		assertThat(neo4j.query("""
				MATCH (t:SeizureTotal) WHERE t.shippedFromCountWithIllustrative > 0
				RETURN t.place + ' ' + t.year + ': ' + t.shippedFromKg + ' ' + t.shippedFromCount + ' ' + t.shippedFromGrade
				       + ' | ' + t.shippedFromKgWithIllustrative + ' ' + t.shippedFromCountWithIllustrative + ' '
				       + t.shippedFromGradeWithIllustrative AS total
				ORDER BY total""").fetchAs(String.class).all())
			.containsExactly("Port:ECGYE 2023: 1000.0 1 A | 1000.0 1 A", "Port:PAMIT 2024: 250.5 1 A | 250.5 1 A");
		assertThat(count("MATCH (p:PendingBackfill) RETURN count(p)")).isZero();
	}

	/** A data folder whose totals were written before ports had their kilograms over all years gets them. */
	@Test
	void theMigrationHasThePortsKilogramsShippedFromThemComputedAtTheNextStart() throws IOException {
		loadFixture();
		neo4j.query("MATCH (s:ShippedFromTotal) DELETE s").run();
		String migration = Files.readString(Path.of("graph-schema/V0092__Backfill_shipped_from_totals.cypher"));
		neo4j.query(migration.lines().filter(line -> !line.startsWith("//")).reduce("", String::concat)).run();

		backfill.run(null);

		assertThat(neo4j.query("MATCH (s:ShippedFromTotal) RETURN s.port + ': ' + s.kg + ' | ' + s.kgWithIllustrative AS s ORDER BY s")
			.fetchAs(String.class)
			.all()).containsExactly("BEANR: 0.0 | 0.0", "ECGYE: 1000.0 | 1000.0", "NLRTM: 0.0 | 0.0", "PAMIT: 250.5 | 250.5");
		assertThat(count("MATCH (p:PendingBackfill) RETURN count(p)")).isZero();
	}

}
