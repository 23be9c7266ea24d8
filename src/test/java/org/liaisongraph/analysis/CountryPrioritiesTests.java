package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The ranking for 2023 on 2024-06-01, worked out by hand from the fixture. States compared: those
 * with a port on an active route (EC, CO, PA, NL; BE is home). Raw values:
 * <ul>
 * <li>route exposure: r-gye-anr carries s-anr-2023 (1000 kg) so weighs 1 + 1000/1000 = 2 (EC);
 * r-ctg-mit-rtm has no seizure attributed and weighs 1 (CO, PA, NL); max 2</li>
 * <li>seized shipped from: s-anr-2023, 1000 kg from Guayaquil (EC); max 1000</li>
 * <li>corruption: EC scored 34 in 2023, so 66; CO and PA have 2024 scores only, NL none; max 66</li>
 * <li>treaty gaps: EC's police treaty covers 2 of the 6 required types, so 4; the others have no
 * bilateral treaty in force (CO's ended in 2021, PA's starts in 2027): 6; max 6</li>
 * <li>readmission gap: 12 Ecuadorians in Belgian prisons on 2023-01-01 (added here, graded A), the
 * latest reference date by the end of 2023, and no readmission clause; no figure of the others on that
 * date: unknown, not zero (the fixture's invented conviction counts are never weighed)</li>
 * <li>liaison gap: lo-1 of Belgian customs is posted at Guayaquil from 2023 to 2024; Cartagena,
 * Manzanillo and Rotterdam have nobody</li>
 * <li>sanctions: sm-1 against PA is only proposed, so 0 everywhere</li>
 * </ul>
 */
class CountryPrioritiesTests extends IntegrationTest {

	@Autowired
	private GraphReader reader;

	private static final String NO_SCORE = "no TI-CPI score for 2023 or an earlier year: contributes nothing";

	private static final String IN_PRISON = "nationals in the home state's prisons on 2023-01-01 (prison population, not convictions)";

	private static final String UNKNOWN = "no published figure of " + IN_PRISON + ": unknown, contributes nothing";

	/** Components of CO, NL and PA, which tie at 1.5 + 2 + 1 = 4.5 without sanctions. */
	private static Component[] unexposed(double sanctionsRaw) {
		return new Component[] {new Component("ROUTE_EXPOSURE", 1.0, 0.5, 3, 1.5, null),
				new Component("SEIZED_SHIPPED_FROM", 0.0, 0, 3, 0, null),
				new Component("CORRUPTION", null, 0, 2, 0, NO_SCORE), new Component("TREATY_GAPS", 6.0, 1, 2, 2, null),
				new Component("READMISSION_GAP", null, 0, 2, 0, UNKNOWN), new Component("LIAISON_GAP", 1.0, 1, 1, 1, null),
				new Component("SANCTIONS", sanctionsRaw, sanctionsRaw, 1, sanctionsRaw, null) };
	}

	private static final Component[] ECUADOR = {new Component("ROUTE_EXPOSURE", 2.0, 1, 3, 3, null),
			new Component("SEIZED_SHIPPED_FROM", 1000.0, 1, 3, 3, null),
			new Component("CORRUPTION", 66.0, 1, 2, 2, null),
			new Component("TREATY_GAPS", 4.0, 4.0 / 6, 2, 2 * (4.0 / 6), null),
			new Component("READMISSION_GAP", 12.0, 1, 2, 2, IN_PRISON), new Component("LIAISON_GAP", 0.0, 0, 1, 0, null),
			new Component("SANCTIONS", 0.0, 0, 1, 0, null) };

	private static final double ECUADOR_SCORE = 3.0 + 3.0 + 2.0 + 2 * (4.0 / 6) + 2.0;

	@BeforeEach
	void fixture() {
		loadFixture();
		importer.importFiles(List.of(new ImportFile("DETAINED_IN.csv",
				"from,to,date,measure,count,source\nEC,BE,2023-01-01,PRISON_POPULATION,12,src-a\n")));
	}

	@Test
	void theFullRankingWithEveryComponent() {
		var ranking = ranking(Map.of());
		ranking.path("countryPriorities[*].rank").entityList(Integer.class).containsExactly(1, 2, 3, 4);
		// CO, NL and PA tie and are ordered by name.
		ranking.path("countryPriorities[*].state.iso2").entityList(String.class).containsExactly("EC", "CO", "NL", "PA");
		ranking.path("countryPriorities[*].score").entityList(Double.class)
			.containsExactly(ECUADOR_SCORE, 4.5, 4.5, 4.5);
		ranking.path("countryPriorities[*].year").entityList(Integer.class).containsExactly(2023, 2023, 2023, 2023);
		ranking.path("countryPriorities[0].components").entityList(Component.class).containsExactly(ECUADOR);
		for (int i = 1; i < 4; i++) {
			ranking.path("countryPriorities[" + i + "].components").entityList(Component.class)
				.containsExactly(unexposed(0.0));
		}
	}

	@Test
	void theFactsBehindTheComponents() {
		var ranking = ranking(Map.of());
		ranking.path("countryPriorities[0].routes[*].route.id").entityList(String.class).containsExactly("r-gye-anr");
		ranking.path("countryPriorities[0].routes[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE");
		ranking.path("countryPriorities[0].routes[0].seizedKg").entity(Double.class).isEqualTo(1000.0);
		ranking.path("countryPriorities[0].routes[0].weight").entity(Double.class).isEqualTo(2.0);
		ranking.path("countryPriorities[0].seizures[*].id").entityList(String.class).containsExactly("s-anr-2023");
		ranking.path("countryPriorities[0].seizures[0].sources[0].source.id").entity(String.class).isEqualTo("src-a");
		ranking.path("countryPriorities[0].rating.index.code").entity(String.class).isEqualTo("TI-CPI");
		ranking.path("countryPriorities[0].rating.year").entity(Integer.class).isEqualTo(2023);
		ranking.path("countryPriorities[0].rating.score").entity(Double.class).isEqualTo(34.0);
		ranking.path("countryPriorities[0].bilateralTreaties[*].id").entityList(String.class)
			.containsExactly("t-be-ec-police");
		ranking.path("countryPriorities[0].missingClauseTypes").entityList(String.class)
			.containsExactly("ANTI_MONEY_LAUNDERING", "CUSTOMS_COOPERATION", "JUDICIAL_COOPERATION", "READMISSION");
		ranking.path("countryPriorities[0].detained.count").entity(Integer.class).isEqualTo(12);
		ranking.path("countryPriorities[0].detained.date").entity(String.class).isEqualTo("2023-01-01");
		ranking.path("countryPriorities[1].detained").valueIsNull();
		ranking.path("countryPriorities[0].readmissionObligations").entityList(Object.class).hasSize(0);
		ranking.path("countryPriorities[0].portsWithLiaison[*].locode").entityList(String.class).containsExactly("ECGYE");
		ranking.path("countryPriorities[0].portsWithoutLiaison").entityList(Object.class).hasSize(0);
		ranking.path("countryPriorities[1].routes[0].route.id").entity(String.class).isEqualTo("r-ctg-mit-rtm");
		ranking.path("countryPriorities[1].routes[0].ports[*].locode").entityList(String.class).containsExactly("COCTG");
		ranking.path("countryPriorities[1].routes[0].weight").entity(Double.class).isEqualTo(1.0);
		ranking.path("countryPriorities[1].bilateralTreaties").entityList(Object.class).hasSize(0);
		ranking.path("countryPriorities[3].rating").valueIsNull();
		ranking.path("countryPriorities[3].portsWithoutLiaison[*].locode").entityList(String.class)
			.containsExactly("PAMIT");
		ranking.path("countryPriorities[3].sanctions").entityList(Object.class).hasSize(0);
	}

	/**
	 * The ranking reads a state's routes as their number and their kilograms summed, the details list
	 * each route with its weight: the route exposure is the sum of those weights. A second route
	 * calling at Guayaquil carries 250 kg in 2023: r-gye-anr weighs 1 + 1,000 / 1,000 = 2, the new one
	 * 1 + 250 / 1,000 = 1.25, so Ecuador's exposure is 3.25.
	 */
	@Test
	void theRouteExposureIsTheSumOfItsRoutesWeights() {
		importer.importFiles(List.of(
				new ImportFile("TraffickingRoute.csv",
						"id,name,commodity,modality,active,source\nr-b-gye-rtm,Guayaquil - Rotterdam,COCAINE,CONTAINER,true,src-a\n"),
				new ImportFile("CALLS_AT.csv", "from,to,seq,role,source\nr-b-gye-rtm,ECGYE,0,ORIGIN,src-a\n"
						+ "r-b-gye-rtm,NLRTM,1,DESTINATION,src-a\n"),
				new ImportFile("Seizure.csv", "id,seizedOn,drug,quantityKg,source\ns-rtm-2023,2023-04-01,cocaine,250,src-a\n"),
				new ImportFile("AT.csv", "from,to,source\ns-rtm-2023,NLRTM,src-a\n"),
				new ImportFile("ON_ROUTE.csv", "from,to,source\ns-rtm-2023,r-b-gye-rtm,src-a\n")));
		var ranking = ranking(Map.of());
		ranking.path("countryPriorities[0].state.iso2").entity(String.class).isEqualTo("EC");
		ranking.path("countryPriorities[0].routes[*].route.id").entityList(String.class)
			.containsExactly("r-b-gye-rtm", "r-gye-anr");
		ranking.path("countryPriorities[0].routes[*].weight").entityList(Double.class).containsExactly(1.25, 2.0);
		ranking.path("countryPriorities[0].components[0].factor").entity(String.class).isEqualTo("ROUTE_EXPOSURE");
		ranking.path("countryPriorities[0].components[0].raw").entity(Double.class).isEqualTo(3.25);
	}

	@Test
	void adoptedMeasuresCountWhileInForce() {
		importer.importFiles(List.of(
				new ImportFile("SanctionMeasure.csv",
						"id,kind,status,adoptedOn,liftedOn,reviewBy,legalBasis,reason,source,credibility\n"
								+ "sm-pa,TRADE_RESTRICTION,ADOPTED,2024-01-01,,,Test basis,Test reason,src-a,6\n"
								+ "sm-co,VISA_RESTRICTION,LIFTED,2023-01-01,2024-01-01,,Test basis,Test reason,src-a,6\n"),
				new ImportFile("TARGETS.csv", "from,to,source\nsm-pa,PA,src-a\nsm-co,CO,src-a\n")));
		// On 2024-06-01 the measure against Panama is in force, the one against Colombia lifted.
		var ranking = ranking(Map.of());
		ranking.path("countryPriorities[*].state.iso2").entityList(String.class).containsExactly("EC", "PA", "CO", "NL");
		ranking.path("countryPriorities[*].score").entityList(Double.class).containsExactly(ECUADOR_SCORE, 5.5, 4.5, 4.5);
		ranking.path("countryPriorities[1].components").entityList(Component.class)
			.containsExactly(unexposed(1.0));
		ranking.path("countryPriorities[1].sanctions[*].id").entityList(String.class).containsExactly("sm-pa");
		// A year earlier, the Colombian measure was in force and the Panamanian one not yet adopted.
		var earlier = graphQl.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true)
			.variable("year", 2023)
			.variable("asOf", "2023-06-01")
			.execute();
		earlier.path("countryPriorities[*].state.iso2").entityList(String.class).containsExactly("EC", "CO", "NL", "PA");
		earlier.path("countryPriorities[1].sanctions[*].id").entityList(String.class).containsExactly("sm-co");
		earlier.path("countryPriorities[*].score").entityList(Double.class).containsExactly(ECUADOR_SCORE, 5.5, 4.5, 4.5);
	}

	@Test
	void weightsLeftOutKeepTheirDefaultsAndTheLimitCutsTheRanking() {
		// Liaison gap weighed 10: CO, NL and PA score 1.5 + 2 + 10 = 13.5, above Ecuador.
		var ranking = graphQl.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true)
			.variable("weights", Map.of("liaisonGap", 10))
			.variable("year", 2023)
			.variable("limit", 2)
			.variable("asOf", "2024-06-01")
			.execute();
		ranking.path("countryPriorities[*].state.iso2").entityList(String.class).containsExactly("CO", "NL");
		ranking.path("countryPriorities[*].rank").entityList(Integer.class).containsExactly(1, 2);
		ranking.path("countryPriorities[*].score").entityList(Double.class).containsExactly(13.5, 13.5);
		ranking.path("countryPriorities[0].components[*].weight").entityList(Double.class)
			.containsExactly(3.0, 3.0, 2.0, 2.0, 2.0, 10.0, 1.0);
	}

	@Test
	void theYearDefaultsToTheLatestYearWithSeizures() {
		var ranking = graphQl.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true).variable("asOf", "2025-01-01").execute();
		ranking.path("countryPriorities[*].year").entityList(Integer.class).containsExactly(2024, 2024, 2024, 2024);
		// s-rtm-2024: 250.5 kg shipped from Manzanillo, the only 2024 seizure with a port of departure.
		ranking.path("countryPriorities[?(@.state.iso2 == 'PA')].components[1].raw").entityList(Double.class)
			.containsExactly(250.5);
		ranking.path("countryPriorities[?(@.state.iso2 == 'PA')].components[1].normalised").entityList(Double.class)
			.containsExactly(1.0);
		ranking.path("countryPriorities[?(@.state.iso2 == 'EC')].rating.year").entityList(Integer.class)
			.containsExactly(2024);
	}

	/**
	 * Ecuador also has 20 nationals in prison on 2024-01-01 and Colombia 7 on 2022-01-01 only: judging
	 * 2023, the latest reference date by the year's end is 2023-01-01 (EC 12, CO unknown, not its older
	 * 7); judging 2024 on 2025-01-01, it is 2024-01-01 (EC 20); judging 2024 on 2023-12-31, not after
	 * the date asked, 2023-01-01 again.
	 */
	@Test
	void theReadmissionGapWeighsNationalsInPrisonOnTheLatestReferenceDateByTheYearsEnd() {
		importer.importFiles(List.of(new ImportFile("DETAINED_IN.csv", """
				from,to,date,measure,count,source
				EC,BE,2024-01-01,PRISON_POPULATION,20,src-a
				CO,BE,2022-01-01,PRISON_POPULATION,7,src-a
				""")));
		assertThat(readmissionRaw(2023, "2024-06-01")).containsExactly(entry("CO", "null"), entry("EC", "12.0"));
		assertThat(readmissionRaw(2024, "2025-01-01")).containsExactly(entry("CO", "null"), entry("EC", "20.0"));
		assertThat(readmissionRaw(2024, "2023-12-31")).containsExactly(entry("CO", "null"), entry("EC", "12.0"));
	}

	/** The raw readmission gap of Colombia and Ecuador, by state. */
	private Map<String, String> readmissionRaw(int year, String asOf) {
		var rows = graphQl.documentName("countryPriorities").variable("includeIllustrative", true)
			.variable("year", year)
			.variable("asOf", asOf)
			.execute()
			.path("countryPriorities")
			.entityList(Map.class)
			.get();
		var raw = new TreeMap<String, String>();
		rows.stream()
			.filter(r -> List.of("CO", "EC").contains(((Map<?, ?>) r.get("state")).get("iso2")))
			.forEach(r -> raw.put((String) ((Map<?, ?>) r.get("state")).get("iso2"),
					String.valueOf(((Map<?, ?>) ((List<?>) r.get("components")).get(4)).get("raw"))));
		return raw;
	}

	@Test
	void badArgumentsNameTheirField() {
		expectBadRequest(graphQl.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true).variable("weights", Map.of("corruption", -1)),
				"weights.corruption");
		expectBadRequest(graphQl.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true).variable("limit", 0), "limit");
		expectBadRequest(graphQl.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true).variable("limit", 251), "limit");
		expectBadRequest(graphQl.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true).variable("year", 1800), "year");
	}

	/**
	 * Two more 2023 seizures shipped from Guayaquil (2,000 kg invented, 60 kg real): Ecuador's 2023
	 * total is 3,060 kg in 3 seizures graded F at weakest, listed largest first and as many as asked.
	 */
	@Test
	void aStateCarriesItsSeizuresTotalAndItsLargestSeizuresUpToFirst() {
		importer.importFiles(List.of(
				new ImportFile("Seizure.csv", "id,seizedOn,drug,quantityKg,source\n"
						+ "s-gye-big,2023-03-01,cocaine,2000,illustrative\ns-gye-small,2023-04-01,cocaine,60,src-a\n"),
				new ImportFile("SHIPPED_FROM.csv", "from,to,source\ns-gye-big,ECGYE,src-a\ns-gye-small,ECGYE,src-a\n")));
		var ranking = graphQl.document("""
				{ countryPriorities(year: 2023, asOf: "2024-06-01", includeIllustrative: true, limit: 1) {
				    state { iso2 } seizedKg seizureCount seizureGrade
				    two: seizures(first: 2) { id } all: seizures { id } } }""").execute();
		ranking.path("countryPriorities[0].state.iso2").entity(String.class).isEqualTo("EC")
			.path("countryPriorities[0].seizedKg").entity(Double.class).isEqualTo(3060.0)
			.path("countryPriorities[0].seizureCount").entity(Integer.class).isEqualTo(3)
			.path("countryPriorities[0].seizureGrade").entity(String.class).isEqualTo("F")
			.path("countryPriorities[0].two[*].id").entityList(String.class).containsExactly("s-gye-big", "s-anr-2023")
			.path("countryPriorities[0].all[*].id").entityList(String.class)
			.containsExactly("s-gye-big", "s-anr-2023", "s-gye-small");
		// without the invented seizure: 1,060 kg in 2, graded A
		graphQl.document("""
				{ countryPriorities(year: 2023, asOf: "2024-06-01", limit: 1) { state { iso2 } seizedKg seizureCount seizureGrade } }""")
			.execute()
			.path("countryPriorities[0].state.iso2").entity(String.class).isEqualTo("EC")
			.path("countryPriorities[0].seizedKg").entity(Double.class).isEqualTo(1060.0)
			.path("countryPriorities[0].seizureCount").entity(Integer.class).isEqualTo(2)
			.path("countryPriorities[0].seizureGrade").entity(String.class).isEqualTo("A");
		expectBadRequest(graphQl.document("{ countryPriorities(year: 2023) { seizures(first: 0) { id } } }"), "first");
		expectBadRequest(graphQl.document("{ countryPriorities(year: 2023) { seizures(first: 101) { id } } }"), "first");
	}

	/**
	 * The ranking costs one statement; the facts behind it (here the grade, the routes and the
	 * bilateral treaties), one more for all the states ranked, whatever their number; the ranking is
	 * the same either way.
	 */
	@Test
	void theFactsBehindTheRankingCostOneMoreStatementWhateverTheLimit() {
		String ranking = "rank state { iso2 } score components { factor raw normalised weight contribution note } "
				+ "seizedKg missingClauseTypes sanctions { id }";
		var statements = new ArrayList<Long>();
		var answers = new ArrayList<List<Map<String, Object>>>();
		for (int limit : new int[] {1, 4}) {
			for (String details : new String[] {"", " grade routes { route { id } } bilateralTreaties { id }"}) {
				long before = reader.statementsRun();
				List<Map<String, Object>> rows = graphQl.document("{ countryPriorities(year: 2023, asOf: \"2024-06-01\", "
						+ "includeBlocPartners: true, includeIllustrative: true, limit: " + limit + ") { " + ranking + details
						+ " } }").execute().path("countryPriorities").entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
						}).get();
				statements.add(reader.statementsRun() - before);
				answers.add(rows.stream().map(row -> {
					Map<String, Object> common = new TreeMap<>(row);
					common.keySet().removeAll(List.of("grade", "routes", "bilateralTreaties"));
					return common;
				}).toList());
			}
		}
		assertThat(statements).containsExactly(1L, 2L, 1L, 2L);
		assertThat(answers.get(0)).hasSize(1).isEqualTo(answers.get(1));
		assertThat(answers.get(2)).hasSize(4).isEqualTo(answers.get(3));
		assertThat(answers.get(2).get(0)).isEqualTo(answers.get(0).get(0));
	}

	private GraphQlTester.Response ranking(Map<String, Object> weights) {
		return graphQl.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true)
			.variable("weights", weights)
			.variable("year", 2023)
			.variable("asOf", "2024-06-01")
			.execute();
	}

	@Test
	void blocPartnersAreLeftOutUnlessAsked() {
		// the Netherlands, an EU partner, ranks 4th when asked for (theFullRankingWithEveryComponent)
		graphQl.documentName("countryPriorities").variable("asOf", "2024-06-01").variable("includeIllustrative", true)
			.execute()
			.path("countryPriorities[*].state.iso2").entityList(String.class).contains("EC", "CO", "PA").hasSize(3);
	}

	@Test
	void inventedFactsAreLeftOutUnlessAsked() {
		// Every route of the fixture is illustrative, and so is Antwerp's 2024 cannabis seizure: in 2024,
		// the latest year with seizures, only Panama has a real one, 250.5 kg shipped from Manzanillo.
		graphQl.documentName("countryPriorities").variable("asOf", "2024-06-01").execute()
			.path("countryPriorities[*].state.iso2").entityList(String.class).containsExactly("PA")
			.path("countryPriorities[0].routes").entityList(Object.class).hasSize(0);
	}

	private static void expectBadRequest(GraphQlTester.Request<?> request, String field) {
		expectError(request, ErrorType.BAD_REQUEST, field);
	}

	record Component(String factor, Double raw, double normalised, double weight, double contribution, String note) {
	}

}
