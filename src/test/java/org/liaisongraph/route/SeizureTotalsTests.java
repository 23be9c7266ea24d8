package org.liaisongraph.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly seizure totals are those the counting rule gives on the graph as it is, after each kind
 * of write and after an import. On the fixture: s-anr-2023 (1,000 kg, A) at Antwerp, shipped from
 * Guayaquil (EC) on route r-gye-anr; s-rtm-2024 (250.5 kg, A) at Rotterdam, shipped from Manzanillo
 * (PA); s-anr-2024 (40 kg, invented: F) at Antwerp. Each total reads "place year: kg count grade |
 * the same with invented seizures".
 */
class SeizureTotalsTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	/** The live rule, place by place, in the totals' form: what every total must equal. */
	private static final String LIVE = """
			MATCH (place) WHERE place:State OR place:Port OR place:TraffickingRoute
			CALL (place) {
			  MATCH (place)<-[:AT|SHIPPED_FROM|SHIPPED_FROM_STATE|ON_ROUTE]-(z:Seizure) RETURN z
			  UNION
			  MATCH (place)<-[:IN_STATE]-(:Port)<-[:SHIPPED_FROM]-(z:Seizure) RETURN z
			}
			WITH place, z, {{seizure-counted(z, place, false)}} AS real, {{seizure-counted(z, place, true)}} AS all
			WHERE real OR all
			WITH place, z, real, all, {{grade(z)}} AS grade
			WITH head(labels(place)) + ':' + coalesce(place.iso2, place.locode, place.id) AS place, z.seizedOn.year AS year,
			     sum(CASE WHEN real THEN z.quantityKg ELSE 0.0 END) AS kg, count(CASE WHEN real THEN z END) AS count,
			     collect(CASE WHEN real THEN grade END) AS grades,
			     sum(CASE WHEN all THEN z.quantityKg ELSE 0.0 END) AS allKg, count(CASE WHEN all THEN z END) AS allCount,
			     collect(CASE WHEN all THEN grade END) AS allGrades
			RETURN place + ' ' + year + ': ' + kg + ' ' + count + ' ' + coalesce({{weakest-grade(grades)}}, '-') + ' | '
			       + allKg + ' ' + allCount + ' ' + coalesce({{weakest-grade(allGrades)}}, '-') AS total
			ORDER BY total""";

	private static final String STORED = """
			MATCH (t:SeizureTotal)
			RETURN t.place + ' ' + t.year + ': ' + t.kg + ' ' + t.count + ' ' + coalesce(t.grade, '-') + ' | '
			       + t.kgWithIllustrative + ' ' + t.countWithIllustrative + ' ' + coalesce(t.gradeWithIllustrative, '-') AS total
			ORDER BY total""";

	/**
	 * The live rule for a port's kilograms shipped from it over all years: each year's seizures that
	 * count at the port and were shipped from it, added year by year in year order (the order the
	 * analyses added the yearly totals in, so the same double).
	 */
	private static final String LIVE_SHIPPED = """
			MATCH (port:Port)<-[:AT|SHIPPED_FROM]-(z:Seizure)
			WITH DISTINCT port, z
			WITH port, z, {{seizure-counted(z, port, false)}} AS real, {{seizure-counted(z, port, true)}} AS all,
			     EXISTS { (z)-[:SHIPPED_FROM]->(port) } AS shipped
			WHERE real OR all
			WITH port, z.seizedOn.year AS year, sum(CASE WHEN real AND shipped THEN z.quantityKg ELSE 0.0 END) AS kg,
			     sum(CASE WHEN all AND shipped THEN z.quantityKg ELSE 0.0 END) AS allKg
			ORDER BY year
			WITH port, collect(kg) AS kgs, collect(allKg) AS allKgs
			RETURN port.locode + ': ' + reduce(sum = 0.0, kg IN kgs | sum + kg) + ' | '
			       + reduce(sum = 0.0, kg IN allKgs | sum + kg) AS total
			ORDER BY total""";

	private static final String STORED_SHIPPED = """
			MATCH (s:ShippedFromTotal) RETURN s.port + ': ' + s.kg + ' | ' + s.kgWithIllustrative AS total ORDER BY total""";

	@Autowired
	private NamedQueries queries;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void anImportLeavesTheTotalsOfTheRuleByPlaceAndYear() {
		assertThat(totals()).containsExactly(
				"Port:BEANR 2023: 1000.0 1 A | 1000.0 1 A",
				"Port:BEANR 2024: 0.0 0 - | 40.0 1 F",
				"Port:ECGYE 2023: 1000.0 1 A | 1000.0 1 A",
				"Port:NLRTM 2024: 250.5 1 A | 250.5 1 A",
				"Port:PAMIT 2024: 250.5 1 A | 250.5 1 A",
				"State:EC 2023: 1000.0 1 A | 1000.0 1 A",
				"State:PA 2024: 250.5 1 A | 250.5 1 A",
				"TraffickingRoute:r-gye-anr 2023: 1000.0 1 A | 1000.0 1 A");
		// Antwerp and Rotterdam ship nothing: their seizures were seized there
		assertThat(shipped()).containsExactly("BEANR: 0.0 | 0.0", "ECGYE: 1000.0 | 1000.0", "NLRTM: 0.0 | 0.0",
				"PAMIT: 250.5 | 250.5");
	}

	@Test
	void aLaterImportOfASeizureAndItsPlacesAddsToTheirTotals() {
		importer.importFiles(List.of(
				new ImportFile("Seizure.csv", "id,seizedOn,drug,quantityKg,source\ns-gye-2023,2023-05-01,cocaine,60,src-a\n"),
				new ImportFile("SHIPPED_FROM.csv", "from,to,source\ns-gye-2023,ECGYE,src-a\n")));
		assertThat(totals()).contains("Port:ECGYE 2023: 1060.0 2 A | 1060.0 2 A", "State:EC 2023: 1060.0 2 A | 1060.0 2 A");
	}

	@Test
	void addingUpdatingAndRemovingASeizureKeepsItsPlacesTotals() {
		mutate("addSeizure", Map.of("id", "s-x", "seizedOn", "2024-05-01", "drug", "cocaine", "quantityKg", 100.0, "at", "NLRTM",
				"shippedFromState", "CO", "source", SOURCE));
		assertThat(totals()).contains("Port:NLRTM 2024: 350.5 2 A | 350.5 2 A", "State:CO 2024: 100.0 1 A | 100.0 1 A");
		// to another year: the former year's totals lose it
		mutate("updateSeizure", Map.of("id", "s-x", "version", 1, "seizedOn", "2023-05-01", "source", SOURCE));
		assertThat(totals()).contains("Port:NLRTM 2023: 100.0 1 A | 100.0 1 A", "Port:NLRTM 2024: 250.5 1 A | 250.5 1 A",
				"State:CO 2023: 100.0 1 A | 100.0 1 A").noneMatch(t -> t.startsWith("State:CO 2024"));
		mutate("removeSeizure", Map.of("id", "s-x", "version", 2, "source", SOURCE));
		assertThat(totals()).noneMatch(t -> t.startsWith("State:CO") || t.startsWith("Port:NLRTM 2023"));
	}

	@Test
	void aPartCountsWhereItsTotalDoesNotAndStopsCountingWhereItDoes() {
		mutate("addSeizure", Map.of("id", "s-x", "seizedOn", "2024-05-01", "drug", "cocaine", "quantityKg", 100.0, "at", "NLRTM",
				"shippedFromState", "CO", "source", SOURCE));
		// a part of Rotterdam's s-rtm-2024: counted there once, in the total, and for CO, which the total does not name
		mutate("updateSeizure", Map.of("id", "s-x", "version", 1, "partOf", "s-rtm-2024", "source", SOURCE));
		assertThat(totals()).contains("Port:NLRTM 2024: 250.5 1 A | 250.5 1 A", "State:CO 2024: 100.0 1 A | 100.0 1 A");
		var withoutWhole = new HashMap<String, Object>(Map.of("id", "s-x", "version", 2, "source", SOURCE));
		withoutWhole.put("partOf", null);
		mutate("updateSeizure", withoutWhole);
		assertThat(totals()).contains("Port:NLRTM 2024: 350.5 2 A | 350.5 2 A");
	}

	/**
	 * A port's UN/LOCODE names its state, so no write moves it to another; a port that had none (as
	 * in a graph loaded before ports named theirs) gets it by an import, and the seizures shipped from
	 * it then count for the state.
	 */
	@Test
	void aPortThatGetsItsStateBringsItsSeizuresToTheStatesTotal() {
		neo4j.query("MATCH (:Port {locode: 'ECGYE'})-[r:IN_STATE]->() DELETE r").run();
		deriveFacts();
		assertThat(totals()).noneMatch(t -> t.startsWith("State:EC"));
		importer.importFiles(List.of(new ImportFile("IN_STATE.csv", "fromLabel,from,to,source\nPort,ECGYE,EC,src-a\n")));
		assertThat(totals()).contains("State:EC 2023: 1000.0 1 A | 1000.0 1 A");
	}

	@Test
	void aSourcesNewGradeGradesTheTotalsOfTheSeizuresItSupports() {
		mutate("updateSource", Map.of("id", "illustrative", "version", 1, "reliability", "E"));
		// no longer invented: Antwerp's 2024 cannabis seizure counts among the real ones
		assertThat(totals()).contains("Port:BEANR 2024: 40.0 1 E | 40.0 1 E");
	}

	/**
	 * Manzanillo ships s-rtm-2024 (250.5 kg, 2024). A seizure shipped from it in 2025 adds its 100 kg,
	 * and still does once moved to 2023 (the years are added in another order); shipped from Guayaquil
	 * instead, it leaves Manzanillo and joins Guayaquil's 1,000 kg; removed, it is gone. An imported
	 * invented seizure shipped from Manzanillo counts only with invented seizures; a new grade of its
	 * source makes it real.
	 */
	@Test
	void aPortsKilogramsShippedFromItOverAllYearsFollowEveryWriteAndImport() {
		mutate("addSeizure", Map.of("id", "s-x", "seizedOn", "2025-05-01", "drug", "cocaine", "quantityKg", 100.0, "at",
				"NLRTM", "shippedFrom", "PAMIT", "source", SOURCE));
		assertThat(shipped()).contains("PAMIT: 350.5 | 350.5", "NLRTM: 0.0 | 0.0");
		mutate("updateSeizure", Map.of("id", "s-x", "version", 1, "seizedOn", "2023-05-01", "source", SOURCE));
		assertThat(shipped()).contains("PAMIT: 350.5 | 350.5");
		mutate("updateSeizure", Map.of("id", "s-x", "version", 2, "shippedFrom", "ECGYE", "source", SOURCE));
		assertThat(shipped()).contains("PAMIT: 250.5 | 250.5", "ECGYE: 1100.0 | 1100.0");
		mutate("removeSeizure", Map.of("id", "s-x", "version", 3, "source", SOURCE));
		assertThat(shipped()).contains("PAMIT: 250.5 | 250.5", "ECGYE: 1000.0 | 1000.0");

		importer.importFiles(List.of(
				new ImportFile("Seizure.csv", "id,seizedOn,drug,quantityKg,source\ns-mit-inv,2022-03-01,cocaine,30,illustrative\n"),
				new ImportFile("SHIPPED_FROM.csv", "from,to,source\ns-mit-inv,PAMIT,illustrative\n")));
		assertThat(shipped()).contains("PAMIT: 250.5 | 280.5");
		mutate("updateSource", Map.of("id", "illustrative", "version", 1, "reliability", "E"));
		assertThat(shipped()).contains("PAMIT: 280.5 | 280.5");
	}

	/** The stored totals, after checking that they are the live rule's. */
	private List<String> totals() {
		var parameters = Map.<String, Object>of("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		List<String> live = List.copyOf(neo4j.query(queries.assemble(LIVE, "SeizureTotalsTests")).bindAll(parameters)
			.fetchAs(String.class).all());
		List<String> stored = List.copyOf(neo4j.query(STORED).fetchAs(String.class).all());
		assertThat(stored).as("the stored totals are the rule's").isEqualTo(live);
		assertThat(neo4j.query(STORED_SHIPPED).fetchAs(String.class).all())
			.as("the ports' stored kilograms shipped from them are the rule's")
			.isEqualTo(neo4j.query(queries.assemble(LIVE_SHIPPED, "SeizureTotalsTests")).bindAll(parameters)
				.fetchAs(String.class).all());
		return stored;
	}

	/** The ports' stored kilograms shipped from them over all years, after checking them as {@link #totals}. */
	private List<String> shipped() {
		totals();
		return List.copyOf(neo4j.query(STORED_SHIPPED).fetchAs(String.class).all());
	}

	private void mutate(String document, Map<String, Object> input) {
		editor().documentName(document).variable("input", input).execute().errors().verify();
	}

}
