package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisongraph.analysis.RoutesBetweenTests.loadReferenceDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

class PortExposureTests extends IntegrationTest {

	@Autowired
	private PortExposureQueries queries;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void anOriginPortHasItsActiveRoutesSeizuresShippedFromItOfficersAndTreatiesOnTheDate() {
		var response = exposure("ECGYE", null, "2024-06-01").execute();
		response.path("portExposure.port.locode").entity(String.class).isEqualTo("ECGYE");
		response.path("portExposure.state.iso2").entity(String.class).isEqualTo("EC");
		// r-gye-rtm-old calls there too but is disused
		response.path("portExposure.calls[*].route.id").entityList(String.class).containsExactly("r-gye-anr");
		response.path("portExposure.calls[0].port.locode").entity(String.class).isEqualTo("ECGYE");
		response.path("portExposure.calls[0].seq").entity(Integer.class).isEqualTo(0);
		response.path("portExposure.calls[0].role").entity(String.class).isEqualTo("ORIGIN");
		response.path("portExposure.originPorts[*].locode").entityList(String.class).containsExactly("ECGYE");
		response.path("portExposure.originStates[*].iso2").entityList(String.class).containsExactly("EC");
		response.path("portExposure.seizuresByYear[*].year").entityList(Integer.class).containsExactly(2023);
		response.path("portExposure.seizuresByYear[0].seizedAtKg").entity(Double.class).isEqualTo(0.0);
		response.path("portExposure.seizuresByYear[0].shippedFromKg").entity(Double.class).isEqualTo(1000.0);
		response.path("portExposure.seizuresByYear[0].totalKg").entity(Double.class).isEqualTo(1000.0);
		response.path("portExposure.seizuresByYear[0].seizures[*].id").entityList(String.class)
			.containsExactly("s-anr-2023");
		response.path("portExposure.seizuresByYear[0].seizures[0].sources[0].source.id").entity(String.class)
			.isEqualTo("src-a");
		response.path("portExposure.liaisonOfficers[*].id").entityList(String.class).containsExactly("lo-1");
		response.path("portExposure.treaties[*].id").entityList(String.class)
			.containsExactly("t-be-ec-police", "t-un-1988");
		response.path("portExposure.treaties[*].kind").entityList(String.class)
			.containsExactly("BILATERAL", "MULTILATERAL");
	}

	@Test
	void officersAndTreatiesFollowTheDate() {
		var before = exposure("ECGYE", null, "2022-12-31").execute();
		before.path("portExposure.liaisonOfficers").entityList(Object.class).hasSize(0);
		before.path("portExposure.treaties[*].id").entityList(String.class).containsExactly("t-un-1988");
		var handover = exposure("ECGYE", null, "2024-12-31").execute();
		handover.path("portExposure.liaisonOfficers[*].id").entityList(String.class).containsExactly("lo-1");
		var after = exposure("ECGYE", null, "2025-01-01").execute();
		after.path("portExposure.liaisonOfficers[*].id").entityList(String.class).containsExactly("lo-2");

		// terminated on 2021-01-01; the Panama agreement is signed but in force only from 2027
		exposure("COCTG", null, "2020-12-31").execute().path("portExposure.treaties[*].id").entityList(String.class)
			.containsExactly("t-be-co-old", "t-un-1988");
		exposure("COCTG", null, "2021-01-01").execute().path("portExposure.treaties[*].id").entityList(String.class)
			.containsExactly("t-un-1988");
		exposure("PAMIT", null, "2026-12-31").execute().path("portExposure.treaties").entityList(Object.class)
			.hasSize(0);
		exposure("PAMIT", null, "2027-01-01").execute().path("portExposure.treaties[*].id").entityList(String.class)
			.containsExactly("t-be-pa-customs");
	}

	/**
	 * The treaties are read only for an answer that shows them or the grade they weigh in: asked
	 * without them, Cartagena's answer is otherwise the same; asked for its grade, the answer weighs
	 * the UN 1988 convention it shares with the home side on the date.
	 */
	@Test
	void theTreatiesAreReadOnlyWhenTheAnswerShowsThemOrItsGrade() {
		String without = """
				{ portExposure(locode: "COCTG", asOf: "2021-01-01") {
				    calls { route { id } seq role } originPorts { locode } liaisonOfficers { id }
				    seizuresByYear { year seizedAtKg shippedFromKg totalKg } } }""";
		String with = without.replace("totalKg } } }", "totalKg } treaties { id } } }");
		var lean = graphQl.document(without).execute().path("portExposure").entity(Map.class).get();
		var full = graphQl.document(with).execute();
		full.path("portExposure.treaties[*].id").entityList(String.class).containsExactly("t-un-1988");
		var rest = new HashMap<Object, Object>(full.path("portExposure").entity(Map.class).get());
		rest.remove("treaties");
		assertThat(lean).isEqualTo(rest);
		graphQl.document("{ portExposure(locode: \"COCTG\", asOf: \"2021-01-01\") { facts { kind key } } }").execute()
			.path("portExposure.facts[*].key").entityList(String.class).contains("t-un-1988");
	}

	@Test
	void aTransitPortHasTheOriginsOfItsRoutes() {
		var response = exposure("PAMIT", null, null).execute();
		response.path("portExposure.calls[*].route.id").entityList(String.class).containsExactly("r-ctg-mit-rtm");
		response.path("portExposure.calls[0].seq").entity(Integer.class).isEqualTo(1);
		response.path("portExposure.calls[0].role").entity(String.class).isEqualTo("TRANSIT");
		response.path("portExposure.originPorts[*].locode").entityList(String.class).containsExactly("COCTG");
		response.path("portExposure.originStates[*].iso2").entityList(String.class).containsExactly("CO");
		response.path("portExposure.seizuresByYear[*].year").entityList(Integer.class).containsExactly(2024);
		response.path("portExposure.seizuresByYear[0].shippedFromKg").entity(Double.class).isEqualTo(250.5);
	}

	@Test
	void seizuresAtThePortAreCountedByYearSinceTheGivenYear() {
		var response = exposure("BEANR", null, "2025-06-01").execute();
		response.path("portExposure.calls[*].role").entityList(String.class).containsExactly("DESTINATION");
		response.path("portExposure.originPorts[*].locode").entityList(String.class).containsExactly("ECGYE");
		response.path("portExposure.originStates[*].iso2").entityList(String.class).containsExactly("EC");
		response.path("portExposure.seizuresByYear[*].year").entityList(Integer.class).containsExactly(2023, 2024);
		response.path("portExposure.seizuresByYear[*].seizedAtKg").entityList(Double.class).containsExactly(1000.0, 40.0);
		response.path("portExposure.seizuresByYear[*].shippedFromKg").entityList(Double.class).containsExactly(0.0, 0.0);
		response.path("portExposure.seizuresByYear[*].totalKg").entityList(Double.class).containsExactly(1000.0, 40.0);
		response.path("portExposure.seizuresByYear[1].seizures[*].id").entityList(String.class)
			.containsExactly("s-anr-2024");
		response.path("portExposure.liaisonOfficers").entityList(Object.class).hasSize(0);

		var since2024 = exposure("BEANR", 2024, "2025-06-01").execute();
		since2024.path("portExposure.seizuresByYear[*].year").entityList(Integer.class).containsExactly(2024);
		exposure("BEANR", 2025, "2025-06-01").execute().path("portExposure.seizuresByYear").entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aSeizureBothAtAndShippedFromThePortCountsOnceInTheTotal() {
		importer.importFiles(List.of(
				new ImportFile("Seizure.csv", "id,seizedOn,drug,quantityKg,source\ns-mit-2024,2024-09-01,cocaine,10,illustrative\n"),
				new ImportFile("AT.csv", "from,to,source\ns-mit-2024,PAMIT,illustrative\n"),
				new ImportFile("SHIPPED_FROM.csv", "from,to,source\ns-mit-2024,PAMIT,illustrative\n")));
		var response = exposure("PAMIT", 2024, null).execute();
		response.path("portExposure.seizuresByYear[*].year").entityList(Integer.class).containsExactly(2024);
		response.path("portExposure.seizuresByYear[0].seizedAtKg").entity(Double.class).isEqualTo(10.0);
		response.path("portExposure.seizuresByYear[0].shippedFromKg").entity(Double.class).isEqualTo(260.5);
		response.path("portExposure.seizuresByYear[0].totalKg").entity(Double.class).isEqualTo(260.5);
		response.path("portExposure.seizuresByYear[0].seizures[*].id").entityList(String.class)
			.containsExactly("s-rtm-2024", "s-mit-2024");
	}

	@Test
	void treatiesOfABlocOfTheHomeStateCountFromTheDateOfMembership() {
		importer.importFiles(List.of(
				new ImportFile("Port.csv", "locode,name,latitude,longitude,source\nCVRAI,Praia,14.91,-23.51,src-a\n"),
				new ImportFile("IN_STATE.csv", "fromLabel,from,to,source\nPort,CVRAI,CV,src-a\n")));
		var response = exposure("CVRAI", null, "2020-01-01").execute();
		response.path("portExposure.treaties[*].id").entityList(String.class).containsExactly("t-eu-cv-readmission");
		response.path("portExposure.calls").entityList(Object.class).hasSize(0);
		response.path("portExposure.originPorts").entityList(Object.class).hasSize(0);
		response.path("portExposure.originStates").entityList(Object.class).hasSize(0);
		response.path("portExposure.seizuresByYear").entityList(Object.class).hasSize(0);
		exposure("CVRAI", null, "2014-11-30").execute().path("portExposure.treaties").entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void theReferenceDatasetAnswersForAntwerp() throws IOException {
		loadReferenceDataset(neo4j, importer);
		var response = exposure("BEANR", 2020, "2025-06-01").execute();
		response.path("portExposure.calls[*].route.id").entityList(String.class).containsExactly("route-baq-lfw-anr",
				"route-cau-alg-anr", "route-gye-anr", "route-pbm-anr", "route-psj-mit-anr", "route-ssz-anr");
		response.path("portExposure.calls[*].role").entityList(String.class)
			.satisfies(roles -> assertThat(roles).containsOnly("DESTINATION"));
		response.path("portExposure.originPorts[*].locode").entityList(String.class)
			.containsExactly("BRSSZ", "COBAQ", "DOCAU", "ECGYE", "ECPSJ", "SRPBM");
		response.path("portExposure.originStates[*].iso2").entityList(String.class)
			.containsExactly("BR", "CO", "DO", "EC", "SR");
		response.path("portExposure.seizuresByYear[*].year").entityList(Integer.class)
			.satisfies(years -> assertThat(years).isNotEmpty().isSorted().allMatch(y -> y >= 2020));
		response.path("portExposure.treaties[*].id").entityList(String.class).contains("un-illicit-traffic-1988");
		String document = Files.readString(Path.of("bench/queries/portExposure.graphql"));
		graphQl.document(document).execute().path("portExposure.calls").entityList(Object.class).hasSize(6);
	}

	@Test
	void anAnswerReadsOriginsTreatiesAndFactsOnlyWhenItShowsThemAndTheyAreTheSame() {
		var whole = queries.exposure("ECGYE", null, LocalDate.of(2024, 6, 1));
		var callsOnly = queries.exposure("ECGYE", null, LocalDate.of(2024, 6, 1), 0,
				new PortExposureQueries.Parts(false, false, false, false));
		assertThat(callsOnly.calls()).isEqualTo(whole.calls());
		assertThat(callsOnly.seizuresByYear()).isEqualTo(whole.seizuresByYear());
		assertThat(callsOnly.liaisonOfficers()).isEqualTo(whole.liaisonOfficers());
		assertThat(callsOnly.originPorts()).isEmpty();
		assertThat(callsOnly.originStates()).isEmpty();
		assertThat(callsOnly.treaties()).isEmpty();
		// the route r-gye-anr and the treaties are among the whole answer's facts, not this one's
		assertThat(whole.facts()).extracting(UsedFact::kind).contains("TraffickingRoute", "Treaty");
		assertThat(callsOnly.facts()).extracting(UsedFact::kind).doesNotContain("TraffickingRoute", "Treaty");

		var origins = graphQl.document("{ portExposure(locode: \"ECGYE\", asOf: \"2024-06-01\") { originPorts { locode }"
				+ " originStates { iso2 } grade } }").execute();
		origins.path("portExposure.originPorts[*].locode").entityList(String.class).containsExactly("ECGYE");
		origins.path("portExposure.originStates[*].iso2").entityList(String.class).containsExactly("EC");
		origins.path("portExposure.grade").entity(String.class).isEqualTo(whole.grade());
	}

	@Test
	void anUnknownPortIsNotFoundAndAMalformedOneABadRequest() {
		expectError(exposure("ZZZZZ", null, null), ErrorType.NOT_FOUND, "locode");
		expectError(exposure("ANTWERP", null, null), ErrorType.BAD_REQUEST, "locode");
	}

	private GraphQlTester.Request<?> exposure(String locode, Integer sinceYear, String asOf) {
		return graphQl.documentName("portExposure")
			.variable("locode", locode)
			.variable("sinceYear", sinceYear)
			.variable("asOf", asOf);
	}

}
