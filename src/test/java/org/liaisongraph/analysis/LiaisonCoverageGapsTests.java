package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisongraph.analysis.RoutesBetweenTests.answersBenchQuery;
import static org.liaisongraph.analysis.RoutesBetweenTests.loadReferenceDataset;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

class LiaisonCoverageGapsTests extends IntegrationTest {

	@Autowired
	GraphReader reader;

	@Autowired
	LiaisonCoverageQueries coverage;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void aPortWithAnOfficerPostedOnTheDateIsCovered() {
		// lo-1 is at ECGYE until 2024-12-31, lo-2 from 2025-01-01: no day without an officer
		for (String asOf : List.of("2024-06-01", "2024-12-31", "2025-01-01")) {
			var response = gaps(null, null, asOf).execute();
			response.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
				.containsExactly("PAMIT", "COCTG");
		}
		var response = gaps("BENELUX", 1, "2024-06-01").execute();
		response.path("liaisonCoverageGaps[*].state.iso2").entityList(String.class).containsExactly("PA", "CO");
		response.path("liaisonCoverageGaps[*].routeCount").entityList(Integer.class).containsExactly(1, 1);
		response.path("liaisonCoverageGaps[0].routes[*].id").entityList(String.class).containsExactly("r-ctg-mit-rtm");
		response.path("liaisonCoverageGaps[1].routes[*].id").entityList(String.class).containsExactly("r-ctg-mit-rtm");
		// equal route counts: the seized quantity shipped from the port decides
		response.path("liaisonCoverageGaps[*].seizedKgShippedFrom").entityList(Double.class)
			.containsExactly(250.5, 0.0);
		response.path("liaisonCoverageGaps[0].officersAtOtherTimes").entityList(Object.class).hasSize(0);
	}

	/**
	 * Manzanillo ships, besides the fixture's s-rtm-2024 (250.5 kg, 2024, A): s-mit-2025 (100 kg,
	 * 2025, A), the invented s-mit-inv (30 kg, 2024, F) and its real part s-mit-part (12 kg). Real
	 * seizures only, by default: the invented whole does not count, so its part does: 2024 is
	 * 250.5 + 12 = 262.5 kg (A), 362.5 kg in all. With the invented seizures the part counts in its
	 * whole: 2024 is 250.5 + 30 = 280.5 kg (F), 2025 is 100 kg (A), 380.5 kg in all.
	 */
	@Test
	void theKilogramsShippedFromAPortAreItsYearlyTotalsEachListedAsAGradedFact() {
		importer.importFiles(List.of(new ImportFile("Seizure.csv", """
				id,seizedOn,drug,quantityKg,source
				s-mit-2025,2025-02-01,cocaine,100,src-a
				s-mit-inv,2024-09-01,cocaine,30,illustrative
				s-mit-part,2024-09-01,cocaine,12,src-a
				"""), new ImportFile("SHIPPED_FROM.csv", """
				from,to,source
				s-mit-2025,PAMIT,src-a
				s-mit-inv,PAMIT,src-a
				s-mit-part,PAMIT,src-a
				"""), new ImportFile("PART_OF.csv", "from,to,source\ns-mit-part,s-mit-inv,src-a\n")));
		String document = """
				query gaps($includeIllustrative: Boolean) {
				  liaisonCoverageGaps(asOf: "2024-06-01", includeIllustrative: $includeIllustrative) {
				    port { locode } seizedKgShippedFrom grade illustrative facts { kind key grade } } }""";
		var realOnly = graphQl.document(document).execute();
		realOnly.path("liaisonCoverageGaps[*].port.locode").entityList(String.class).containsExactly("PAMIT", "COCTG");
		realOnly.path("liaisonCoverageGaps[*].seizedKgShippedFrom").entityList(Double.class)
			.containsExactly(362.5, 0.0);
		// the routes are still invented
		realOnly.path("liaisonCoverageGaps[0].grade").entity(String.class).isEqualTo("F");
		assertThat(realOnly.path("liaisonCoverageGaps[0].facts").entityList(Map.class).get())
			.extracting(f -> f.get("kind") + " " + f.get("key") + " " + f.get("grade"))
			.containsExactly("Port PAMIT A", "TraffickingRoute r-ctg-mit-rtm F", "SeizureTotal Port:PAMIT 2024 A",
					"SeizureTotal Port:PAMIT 2025 A");

		var withInvented = graphQl.document(document).variable("includeIllustrative", true).execute();
		withInvented.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("PAMIT", "COCTG");
		withInvented.path("liaisonCoverageGaps[*].seizedKgShippedFrom").entityList(Double.class)
			.containsExactly(380.5, 0.0);
		withInvented.path("liaisonCoverageGaps[0].illustrative").entity(Boolean.class).isEqualTo(true);
		assertThat(withInvented.path("liaisonCoverageGaps[0].facts").entityList(Map.class).get())
			.extracting(f -> f.get("kind") + " " + f.get("key") + " " + f.get("grade"))
			.containsExactly("Port PAMIT A", "TraffickingRoute r-ctg-mit-rtm F", "SeizureTotal Port:PAMIT 2024 F",
					"SeizureTotal Port:PAMIT 2025 A");
	}

	/**
	 * Manzanillo and Cartagena each lie on one route on 2024-06-01, so kilograms decide: Manzanillo
	 * ships 250.5 kg (s-rtm-2024, real), Cartagena nothing real. An invented 300 kg shipped from
	 * Cartagena leaves the default order as it was (250.5 against 0) and puts Cartagena first only
	 * when invented seizures are asked for (300 against 250.5).
	 */
	@Test
	void anInventedSeizureChangesTheOrderOnlyWithIncludeIllustrative() {
		importer.importFiles(List.of(
				new ImportFile("Seizure.csv", "id,seizedOn,drug,quantityKg,source\ns-ctg-inv,2024-03-01,cocaine,300,illustrative\n"),
				new ImportFile("SHIPPED_FROM.csv", "from,to,source\ns-ctg-inv,COCTG,illustrative\n")));
		var byDefault = gaps(null, null, "2024-06-01").execute();
		byDefault.path("liaisonCoverageGaps[*].port.locode").entityList(String.class).containsExactly("PAMIT", "COCTG");
		byDefault.path("liaisonCoverageGaps[*].seizedKgShippedFrom").entityList(Double.class)
			.containsExactly(250.5, 0.0);
		gaps(null, null, "2024-06-01").variable("includeIllustrative", false).execute()
			.path("liaisonCoverageGaps[*].port.locode").entityList(String.class).containsExactly("PAMIT", "COCTG");

		var withInvented = gaps(null, null, "2024-06-01").variable("includeIllustrative", true).execute();
		withInvented.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("COCTG", "PAMIT");
		withInvented.path("liaisonCoverageGaps[*].seizedKgShippedFrom").entityList(Double.class)
			.containsExactly(300.0, 250.5);
	}

	/**
	 * An answer that shows neither the routes nor grades is read without them (the statement neither
	 * sends nor grades the routes), in one statement, and lists the same gaps: ports, states, route
	 * counts, kilograms and officers, in the same order. With the invented 300 kg shipped from
	 * Cartagena, the order differs with includeIllustrative, which both answers follow.
	 */
	@Test
	void anAnswerWithoutRoutesOrGradesListsTheSameGapsWithoutReadingThem() {
		importer.importFiles(List.of(
				new ImportFile("Seizure.csv", "id,seizedOn,drug,quantityKg,source\ns-ctg-inv,2024-03-01,cocaine,300,illustrative\n"),
				new ImportFile("SHIPPED_FROM.csv", "from,to,source\ns-ctg-inv,COCTG,illustrative\n")));
		String fields = "port { locode } state { iso2 } routeCount seizedKgShippedFrom officersAtOtherTimes { id }";
		for (boolean invented : List.of(false, true)) {
			String arguments = "(asOf: \"2024-06-01\", includeIllustrative: " + invented + ")";
			long before = reader.statementsRun();
			var light = graphQl.document("{ liaisonCoverageGaps" + arguments + " { " + fields + " } }")
				.execute()
				.path("liaisonCoverageGaps")
				.entityList(Map.class)
				.get();
			assertThat(reader.statementsRun() - before).isEqualTo(1);
			var full = graphQl
				.document("{ liaisonCoverageGaps" + arguments + " { " + fields + " routes { id } grade facts { key } } }")
				.execute()
				.path("liaisonCoverageGaps")
				.entityList(Map.class)
				.get();
			assertThat(light).as("includeIllustrative " + invented).isEqualTo(full.stream().map(gap -> {
				var shown = new HashMap<>(gap);
				shown.keySet().removeAll(List.of("routes", "grade", "facts"));
				return shown;
			}).toList());
			assertThat(light.stream().map(gap -> ((Map<?, ?>) gap.get("port")).get("locode")).toList())
				.isEqualTo(invented ? List.of("COCTG", "PAMIT") : List.of("PAMIT", "COCTG"));
		}
		var withoutDetails = coverage.towardBloc("BENELUX", 1, LocalDate.of(2024, 6, 1), true, false);
		assertThat(withoutDetails).extracting(LiaisonCoverageGap::routeCount).containsExactly(1, 1);
		assertThat(withoutDetails).allSatisfy(gap -> {
			assertThat(gap.routes()).isEmpty();
			assertThat(gap.facts()).isEmpty();
		});
	}

	@Test
	void beforeAnyPostingThePortIsAGapListingTheOfficersPostedThereLater() {
		var response = gaps(null, null, "2022-12-31").execute();
		response.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("ECGYE", "PAMIT", "COCTG");
		response.path("liaisonCoverageGaps[0].routes[*].id").entityList(String.class).containsExactly("r-gye-anr");
		response.path("liaisonCoverageGaps[0].seizedKgShippedFrom").entity(Double.class).isEqualTo(1000.0);
		response.path("liaisonCoverageGaps[0].officersAtOtherTimes[*].id").entityList(String.class)
			.containsExactly("lo-1", "lo-2");
	}

	@Test
	void whenAPostingEndsThePortBecomesAGapAndOfficersOfOtherStatesDoNotCoverIt() {
		importer.importFiles(List.of(
				new ImportFile("Agency.csv", "code,name,kind,source\nNL-POLICE,Dutch police,POLICE,src-a\n"),
				new ImportFile("BELONGS_TO.csv", "from,toLabel,to,source\nNL-POLICE,State,NL,src-a\n"),
				new ImportFile("LiaisonOfficer.csv", """
						id,role,since,until,source
						lo-3,CUSTOMS_EXPERT,2023-01-01,2024-06-30,illustrative
						lo-nl,POLICE_LIAISON,2020-01-01,,illustrative
						"""),
				new ImportFile("SENT_BY.csv", "from,to,source\nlo-3,BE-CUSTOMS,illustrative\nlo-nl,NL-POLICE,illustrative\n"),
				new ImportFile("POSTED_AT.csv", "from,to,source\nlo-3,COCTG,illustrative\nlo-nl,COCTG,illustrative\n")));
		gaps(null, null, "2024-06-30").execute().path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("PAMIT");
		var after = gaps(null, null, "2024-07-01").execute();
		after.path("liaisonCoverageGaps[*].port.locode").entityList(String.class).containsExactly("PAMIT", "COCTG");
		after.path("liaisonCoverageGaps[1].officersAtOtherTimes[*].id").entityList(String.class).containsExactly("lo-3");
		after.path("liaisonCoverageGaps[1].officersAtOtherTimes[0].until").entity(String.class).isEqualTo("2024-06-30");
	}

	@Test
	void aPortDestinationListsOnlyPortsCalledBeforeIt() {
		gaps("NLRTM", null, "2022-12-31").execute().path("liaisonCoverageGaps[*].port.locode")
			.entityList(String.class).containsExactly("PAMIT", "COCTG");
		gaps("beanr", null, "2022-12-31").execute().path("liaisonCoverageGaps[*].port.locode")
			.entityList(String.class).containsExactly("ECGYE");
		gaps("EU", null, "2022-12-31").execute().path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("ECGYE", "PAMIT", "COCTG");
	}

	/**
	 * A route Antwerp - Manzanillo - Rotterdam passes Manzanillo on its way to the bloc (before its call
	 * at Rotterdam, a member's port), though not on its way to Antwerp, its first call; Antwerp itself,
	 * a member's port, is a gap toward Rotterdam alone.
	 */
	@Test
	void aPortBetweenTwoMembersCallsIsOnTheWayToTheBlocNotToTheFirstMember() {
		importer.importFiles(List.of(
				new ImportFile("TraffickingRoute.csv", """
						id,name,commodity,modality,active,source
						r-anr-mit-rtm,Antwerp - Manzanillo - Rotterdam,COCAINE,CONTAINER,true,illustrative
						"""),
				new ImportFile("CALLS_AT.csv", """
						from,to,seq,role,source
						r-anr-mit-rtm,BEANR,0,ORIGIN,illustrative
						r-anr-mit-rtm,PAMIT,1,TRANSIT,illustrative
						r-anr-mit-rtm,NLRTM,2,DESTINATION,illustrative
						""")));
		var towardEu = gaps("EU", null, "2022-12-31").execute();
		towardEu.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("PAMIT", "ECGYE", "COCTG");
		towardEu.path("liaisonCoverageGaps[*].routeCount").entityList(Integer.class).containsExactly(2, 1, 1);
		towardEu.path("liaisonCoverageGaps[0].routes[*].id").entityList(String.class)
			.containsExactly("r-anr-mit-rtm", "r-ctg-mit-rtm");
		gaps("BEANR", null, "2022-12-31").execute().path("liaisonCoverageGaps[*].port.locode")
			.entityList(String.class).containsExactly("ECGYE");
		var towardRotterdam = gaps("NLRTM", null, "2022-12-31").execute();
		towardRotterdam.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.hasSize(3).contains("PAMIT", "COCTG", "BEANR");
		towardRotterdam.path("liaisonCoverageGaps[0].port.locode").entity(String.class).isEqualTo("PAMIT");
	}

	@Test
	void routesAreCountedOncePerPortAndDestinationPortsAreNotGaps() {
		importer.importFiles(List.of(
				new ImportFile("TraffickingRoute.csv", """
						id,name,commodity,modality,active,source
						r-loop,Cartagena - Manzanillo - Cartagena - Antwerp,COCAINE,CONTAINER,true,illustrative
						r-anr-rtm,Antwerp - Rotterdam,COCAINE,CONTAINER,true,illustrative
						"""),
				new ImportFile("CALLS_AT.csv", """
						from,to,seq,role,source
						r-loop,COCTG,0,ORIGIN,illustrative
						r-loop,PAMIT,1,TRANSIT,illustrative
						r-loop,COCTG,2,TRANSIT,illustrative
						r-loop,BEANR,3,DESTINATION,illustrative
						r-anr-rtm,BEANR,0,ORIGIN,illustrative
						r-anr-rtm,NLRTM,1,DESTINATION,illustrative
						""")));
		var response = gaps(null, 2, "2024-06-01").execute();
		response.path("liaisonCoverageGaps[*].port.locode").entityList(String.class).containsExactly("PAMIT", "COCTG");
		response.path("liaisonCoverageGaps[*].routeCount").entityList(Integer.class).containsExactly(2, 2);
		response.path("liaisonCoverageGaps[1].routes[*].id").entityList(String.class)
			.containsExactly("r-ctg-mit-rtm", "r-loop");
		gaps(null, 3, "2024-06-01").execute().path("liaisonCoverageGaps").entityList(Object.class).hasSize(0);

		// toward Rotterdam alone, Antwerp is a port on the way; r-loop does not reach Rotterdam
		var towardRotterdam = gaps("NLRTM", null, "2024-06-01").execute();
		towardRotterdam.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("PAMIT", "BEANR", "COCTG");
		towardRotterdam.path("liaisonCoverageGaps[*].routeCount").entityList(Integer.class).containsExactly(1, 1, 1);
		towardRotterdam.path("liaisonCoverageGaps[1].routes[*].id").entityList(String.class)
			.containsExactly("r-anr-rtm");
		towardRotterdam.path("liaisonCoverageGaps[1].state.iso2").entity(String.class).isEqualTo("BE");
	}

	@Test
	void theReferenceDatasetAnswersTowardBenelux() throws IOException {
		loadReferenceDataset(neo4j, importer);
		// Guayaquil and Cartagena are covered on the date; the Santos posting ended in 2024. Santos ships
		// nothing seized: the Brazilian share of Antwerp's 2020 seizures names the country, not a port.
		// No real seizure names one of these ports as shipped from: by default route counts, then
		// UN/LOCODEs, decide.
		var response = gaps(null, null, "2025-06-01").execute();
		response.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("PAMIT", "BRSSZ", "COBAQ", "DOCAU", "ECPSJ", "ESALG", "SRPBM", "TGLFW");
		response.path("liaisonCoverageGaps[*].routeCount").entityList(Integer.class)
			.containsExactly(3, 1, 1, 1, 1, 1, 1, 1);
		response.path("liaisonCoverageGaps[0].routes[*].id").entityList(String.class)
			.containsExactly("route-ctg-mit-rtm", "route-gye-mit-rtm", "route-psj-mit-anr");
		response.path("liaisonCoverageGaps[*].seizedKgShippedFrom").entityList(Double.class)
			.containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
		response.path("liaisonCoverageGaps[1].officersAtOtherTimes[*].id").entityList(String.class)
			.containsExactly("lo-004");
		// the invented seizures shipped from Posorja, Paramaribo, Caucedo and Barranquilla
		var withInvented = gaps(null, null, "2025-06-01").variable("includeIllustrative", true).execute();
		withInvented.path("liaisonCoverageGaps[*].port.locode").entityList(String.class)
			.containsExactly("PAMIT", "ECPSJ", "SRPBM", "DOCAU", "COBAQ", "BRSSZ", "ESALG", "TGLFW");
		withInvented.path("liaisonCoverageGaps[*].seizedKgShippedFrom").entityList(Double.class)
			.containsExactly(0.0, 2500.0, 1500.0, 1200.0, 800.0, 0.0, 0.0, 0.0);
		answersBenchQuery(graphQl, "liaisonCoverageGaps");
	}

	@Test
	void aKnownDestinationThatNoRouteCallsAtAfterAnotherPortHasNoGap() {
		// Guayaquil is where r-gye-anr starts, and the disused r-gye-rtm-old does not count
		gaps("ECGYE", null, "2022-12-31").execute().path("liaisonCoverageGaps").entityList(Object.class).hasSize(0);
	}

	@Test
	void aPortOrABlocDestinationCostsOneStatement() {
		for (String destination : List.of("NLRTM", "BENELUX", "ECGYE")) {
			long before = reader.statementsRun();
			gaps(destination, null, "2022-12-31").execute().path("liaisonCoverageGaps").hasValue();
			assertThat(reader.statementsRun() - before).as(destination).isEqualTo(1);
		}
	}

	@Test
	void minRoutesBelowOneIsABadRequestAndAnUnknownDestinationNotFound() {
		expectError(gaps(null, 0, null), ErrorType.BAD_REQUEST, "minRoutes");
		expectError(gaps("EU; DROP", null, null), ErrorType.BAD_REQUEST, "destination");
		expectError(gaps("ZZZZZ", null, null), ErrorType.NOT_FOUND, "destination");
		expectError(gaps("NOBLOC", null, null), ErrorType.NOT_FOUND, "destination");
	}

	private GraphQlTester.Request<?> gaps(String destination, Integer minRoutes, String asOf) {
		var request = graphQl.documentName("liaisonCoverageGaps").variable("asOf", asOf);
		if (destination != null) {
			request.variable("destination", destination);
		}
		if (minRoutes != null) {
			request.variable("minRoutes", minRoutes);
		}
		return request;
	}

}
