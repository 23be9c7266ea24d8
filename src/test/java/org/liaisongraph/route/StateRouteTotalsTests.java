package org.liaisongraph.route;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The yearly totals of each state's active routes are those the counting rule gives on the graph as
 * it is, after each kind of write and after an import. On the fixture every route is invented
 * (source "illustrative", F): r-gye-anr calls at Guayaquil (EC) then Antwerp (BE) and carries
 * s-anr-2023 (1,000 kg, A); r-ctg-mit-rtm calls at Cartagena (CO), Manzanillo (PA), Rotterdam (NL);
 * r-gye-rtm-old is disused. A fact reads "state year: the real routes' kilograms | every route's
 * kilograms with invented seizures", each the sum over the state's routes.
 */
class StateRouteTotalsTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	/**
	 * The live rule, from the routes, their calls and the seizures themselves: a state's active routes
	 * in id order, and for each year in which one of them has kilograms that count, the sum of the
	 * routes' kilograms that count (seizure-counted), added in route id order.
	 */
	private static final String LIVE = """
			MATCH (state:State)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(route:TraffickingRoute)
			WHERE route.active
			WITH DISTINCT state, route
			WITH state, route, {{illustrative(route)}} AS invented ORDER BY route.id
			WITH state, collect({route: route, invented: invented}) AS routes
			CALL (routes) {
			  UNWIND routes AS entry
			  WITH entry.route AS place
			  MATCH (place)<-[:ON_ROUTE]-(z:Seizure)
			  RETURN DISTINCT z.seizedOn.year AS year
			}
			CALL (routes, year) {
			  UNWIND range(0, size(routes) - 1) AS i
			  WITH i, routes[i].route AS place, routes[i].invented AS invented
			  CALL (place, year) {
			    OPTIONAL MATCH (place)<-[:ON_ROUTE]-(z:Seizure) WHERE z.seizedOn.year = year
			    WITH place, z, z IS NOT NULL AND {{seizure-counted(z, place, false)}} AS real,
			         z IS NOT NULL AND {{seizure-counted(z, place, true)}} AS all
			    RETURN sum(CASE WHEN real THEN z.quantityKg ELSE 0.0 END) AS kg,
			           sum(CASE WHEN all THEN z.quantityKg ELSE 0.0 END) AS allKg
			  }
			  WITH i, invented, kg, allKg ORDER BY i
			  RETURN sum(CASE WHEN NOT invented THEN kg ELSE 0.0 END) AS realKg, sum(allKg) AS allKg
			}
			WITH state, year, realKg, allKg WHERE realKg <> 0.0 OR allKg <> 0.0
			RETURN state.iso2 + ' ' + year + ': ' + realKg + ' | ' + allKg AS fact
			ORDER BY fact""";

	private static final String STORED = """
			MATCH (t:StateRouteTotals)
			RETURN t.state + ' ' + t.year + ': ' + t.kg + ' | ' + t.kgWithIllustrative AS fact
			ORDER BY fact""";

	@Autowired
	private NamedQueries queries;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void anImportLeavesEachStatesRouteKilogramsOfEachYear() {
		// r-gye-anr is invented: only with invented facts
		assertThat(facts()).containsExactly("BE 2023: 0.0 | 1000.0", "EC 2023: 0.0 | 1000.0");
	}

	@Test
	void addingMovingAndRemovingASeizureOnARouteKeepsItsStatesFacts() {
		mutate("addSeizure", Map.of("id", "s-x", "seizedOn", "2024-05-01", "drug", "cocaine", "quantityKg", 100.0, "at",
				"NLRTM", "route", "r-ctg-mit-rtm", "source", SOURCE));
		assertThat(facts()).contains("CO 2024: 0.0 | 100.0", "NL 2024: 0.0 | 100.0", "PA 2024: 0.0 | 100.0");
		// to the year of r-gye-anr's seizure: 2024 loses it
		mutate("updateSeizure", Map.of("id", "s-x", "version", 1, "seizedOn", "2023-05-01", "source", SOURCE));
		assertThat(facts()).contains("NL 2023: 0.0 | 100.0").noneMatch(fact -> fact.contains(" 2024:"));
		mutate("removeSeizure", Map.of("id", "s-x", "version", 2, "source", SOURCE));
		assertThat(facts()).containsExactly("BE 2023: 0.0 | 1000.0", "EC 2023: 0.0 | 1000.0");
	}

	@Test
	void aRouteThatCallsAtAnotherStateBringsItsKilogramsThere() {
		mutate("updateTraffickingRoute", Map.of("id", "r-gye-anr", "version", 1, "calls",
				List.of(call("ECGYE", "ORIGIN"), call("PAMIT", "TRANSIT"), call("BEANR", "DESTINATION")), "source", SOURCE));
		// Manzanillo's routes: r-ctg-mit-rtm (none in 2023) and r-gye-anr
		assertThat(facts()).contains("PA 2023: 0.0 | 1000.0");
		mutate("updateTraffickingRoute", Map.of("id", "r-gye-anr", "version", 2, "active", false, "source", SOURCE));
		assertThat(facts()).isEmpty();
	}

	@Test
	void aSourcesNewGradeMakesItsRoutesKilogramsReal() {
		mutate("updateSource", Map.of("id", "illustrative", "version", 1, "reliability", "E"));
		assertThat(facts()).containsExactly("BE 2023: 1000.0 | 1000.0", "EC 2023: 1000.0 | 1000.0");
	}

	@Test
	void anImportedSeizureOnARouteIsDerivedInTheImport() {
		importer.importFiles(List.of(
				new ImportFile("Seizure.csv", "id,seizedOn,drug,quantityKg,source\ns-ctg-2022,2022-03-01,cocaine,75,src-a\n"),
				new ImportFile("ON_ROUTE.csv", "from,to,source\ns-ctg-2022,r-ctg-mit-rtm,src-a\n")));
		assertThat(facts()).contains("CO 2022: 0.0 | 75.0", "NL 2022: 0.0 | 75.0", "PA 2022: 0.0 | 75.0");
	}

	@Test
	void anImportedRealRouteCountsAmongTheStatesRoutes() {
		importer.importFiles(List.of(
				new ImportFile("TraffickingRoute.csv",
						"id,name,commodity,modality,active,source\nr-a-mit-anr,Manzanillo - Antwerp,COCAINE,CONTAINER,true,src-a\n"),
				new ImportFile("CALLS_AT.csv", "from,to,seq,role,source\nr-a-mit-anr,PAMIT,0,ORIGIN,src-a\n"
						+ "r-a-mit-anr,BEANR,1,DESTINATION,src-a\n"),
				new ImportFile("ON_ROUTE.csv", "from,to,source\ns-anr-2023,r-a-mit-anr,src-a\n")));
		// s-anr-2023 is real (A): on the real route it counts without invented facts too
		assertThat(facts()).contains("BE 2023: 1000.0 | 2000.0", "PA 2023: 1000.0 | 1000.0");
	}

	/** The stored facts, after checking that they are the live rule's. */
	private List<String> facts() {
		var parameters = Map.<String, Object>of("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		List<String> live = List.copyOf(neo4j.query(queries.assemble(LIVE, "StateRouteTotalsTests"))
			.bindAll(parameters)
			.fetchAs(String.class)
			.all());
		List<String> stored = List.copyOf(neo4j.query(STORED).fetchAs(String.class).all());
		assertThat(stored).as("the stored route totals of each state are the rule's").isEqualTo(live);
		return stored;
	}

	private static Map<String, Object> call(String port, String role) {
		return Map.of("port", port, "role", role);
	}

	private void mutate(String document, Map<String, Object> input) {
		editor().documentName(document).variable("input", input).execute().errors().verify();
	}

}
