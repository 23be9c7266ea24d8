package org.liaisongraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

/**
 * Every analysis row says how sure it is, and the country analyses say which facts each component
 * or criterion used. A hand-made graph on 2025-06-15: EC's 2,000 kg seizure rests on an A source,
 * its 2024 corruption score on a B one, its treaty with BE on a C one (the treaty's one clause on
 * an A one), its nationals in Belgian prisons on 2025-01-01 on a C one, the route and the conviction
 * figure are invented (F), and Guayaquil rests on a B one.
 */
class AnalysisProvenanceTests extends IntegrationTest {

	private static final String D = "2025-06-15";

	@BeforeEach
	void graph() {
		neo4j.query("""
				CREATE (a:Source {id: 'src-a', title: 'A', reliability: 'A', version: 1})
				CREATE (b:Source {id: 'src-b', title: 'B', reliability: 'B', version: 1})
				CREATE (c:Source {id: 'src-c', title: 'C', reliability: 'C', version: 1})
				CREATE (f:Source {id: 'illustrative', title: 'Invented', reliability: 'F', version: 1})
				CREATE (be:State {iso2: 'BE', name: 'Belgium', version: 1})
				CREATE (ec:State {iso2: 'EC', name: 'Ecuador', version: 1})
				CREATE (anr:Port {locode: 'BEANR', name: 'Antwerp', version: 1})-[:IN_STATE]->(be)
				CREATE (gye:Port {locode: 'ECGYE', name: 'Guayaquil', version: 1})-[:IN_STATE]->(ec)
				CREATE (gye)-[:SUPPORTED_BY]->(b)
				CREATE (route:TraffickingRoute {id: 'r-gye-anr', name: 'GYE-ANR', commodity: 'COCAINE', modality: 'CONTAINER',
				                                active: true, version: 1})-[:SUPPORTED_BY]->(f)
				CREATE (route)-[:CALLS_AT {seq: 0, role: 'ORIGIN', source: 'illustrative'}]->(gye),
				       (route)-[:CALLS_AT {seq: 1, role: 'DESTINATION', source: 'illustrative'}]->(anr)
				CREATE (gye)-[:LEG {route: 'r-gye-anr', seq: 0}]->(anr)
				CREATE (z:Seizure {id: 'z-2025', seizedOn: date('2025-03-01'), drug: 'cocaine', quantityKg: 2000.0,
				                   version: 1})-[:SUPPORTED_BY]->(a)
				CREATE (z)-[:AT]->(anr), (z)-[:SHIPPED_FROM]->(gye)
				CREATE (cpi:Index {code: 'TI-CPI', name: 'CPI', version: 1})
				CREATE (ec)-[:RATED {year: 2024, score: 20.0, source: 'src-b', version: 1}]->(cpi)
				CREATE (ec)-[:NATIONALS_CONVICTED {year: 2025, count: 10, source: 'illustrative', version: 1}]->(be)
				CREATE (ec)-[:DETAINED_IN {date: date('2025-01-01'), measure: 'PRISON_POPULATION', count: 40, source: 'src-c',
				                           version: 1}]->(be)
				CREATE (t:Treaty {id: 't-be-ec', title: 'Extradition', kind: 'BILATERAL', status: 'IN_FORCE',
				                  inForceFrom: date('2000-01-01'), version: 1})-[:SUPPORTED_BY]->(c)
				CREATE (t)-[:HAS_CLAUSE]->(:Clause {id: 't-be-ec-1', type: 'EXTRADITION', binding: true, version: 1})
				         -[:SUPPORTED_BY]->(a)
				CREATE (be)-[:PARTY_TO]->(t), (ec)-[:PARTY_TO]->(t)""").run();
		deriveFacts();
	}

	@Test
	void eachCountryPriorityComponentListsTheFactsItUsedAndTheRowTheirWeakestGrade() {
		var response = graphQl.document("""
				{ countryPriorities(asOf: "%s", includeIllustrative: true) {
				    grade illustrative components { factor facts { kind key grade illustrative } } } }""".formatted(D))
			.execute();
		response.path("countryPriorities[0].grade").entity(String.class).isEqualTo("F")
			.path("countryPriorities[0].illustrative").entity(Boolean.class).isEqualTo(true);
		var components = response.path("countryPriorities[0].components").entityList(Map.class).get();
		assertThat(components).extracting(c -> c.get("factor") + " " + facts(c))
			.containsExactly("ROUTE_EXPOSURE [TraffickingRoute r-gye-anr F]",
					"SEIZED_SHIPPED_FROM [SeizureTotal State:EC 2025 A]", "CORRUPTION [RATED EC>TI-CPI 2024 B]",
					"TREATY_GAPS [Treaty t-be-ec C, Clause t-be-ec-1 A]",
					// no readmission clause: found by checking the bilateral treaty in force and its clause
					"READMISSION_GAP [DETAINED_IN EC>BE 2025-01-01 PRISON_POPULATION C, Treaty t-be-ec C, Clause t-be-ec-1 A]",
					"LIAISON_GAP [TraffickingRoute r-gye-anr F]",
					"SANCTIONS []");
	}

	@Test
	void byDefaultTheInventedFactsAreLeftOutAndTheRowIsGradedByTheRealOnes() {
		graphQl.document("{ countryPriorities(asOf: \"" + D + "\") { grade illustrative } }").execute()
			.path("countryPriorities[0].grade").entity(String.class).isEqualTo("C")
			.path("countryPriorities[0].illustrative").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void eachSanctionCriterionListsTheFactsItWasJudgedOn() {
		var response = graphQl.document("""
				{ sanctionCandidates(asOf: "%s") { grade illustrative criteria { criterion facts { kind key grade } } } }"""
			.formatted(D)).execute();
		response.path("sanctionCandidates[0].grade").entity(String.class).isEqualTo("C");
		assertThat(response.path("sanctionCandidates[0].criteria").entityList(Map.class).get())
			.extracting(c -> c.get("criterion") + " " + facts(c))
			.containsExactly("LOW_CORRUPTION_SCORE [RATED EC>TI-CPI 2024 B]", "SEIZED_SHIPPED_FROM [SeizureTotal State:EC 2025 A]",
					"NO_COOPERATION_TREATY [Treaty t-be-ec C, Clause t-be-ec-1 A]", "NO_MEASURE_ADOPTED []");
	}

	@Test
	void everyOtherAnalysisRowCarriesTheWeakestGradeOfItsFacts() {
		assertThat(grade("{ treatyGaps(states: [\"EC\"], asOf: \"" + D + "\") { grade illustrative } }", "treatyGaps[0]"))
			.isEqualTo("C false");
		// the prison figure (C) by default; the invented conviction count (F) only when asked
		assertThat(grade("{ readmissionGaps(asOf: \"" + D + "\") { grade illustrative } }", "readmissionGaps[0]"))
			.isEqualTo("C false");
		assertThat(grade("{ readmissionGaps(asOf: \"" + D + "\", includeIllustrative: true) { grade illustrative } }",
				"readmissionGaps[0]")).isEqualTo("F true");
		assertThat(grade("{ routesBetween(from: \"ECGYE\", to: \"BEANR\") { paths { grade illustrative } } }", "routesBetween.paths[0]"))
			.isEqualTo("F true");
		assertThat(grade("{ portExposure(locode: \"ECGYE\", asOf: \"" + D + "\") { grade illustrative } }", "portExposure"))
			.isEqualTo("F true");
		assertThat(grade("{ liaisonCoverageGaps(destination: \"BEANR\", asOf: \"" + D + "\") { grade illustrative } }",
				"liaisonCoverageGaps[0]")).isEqualTo("F true");
		// without the invented route: the B port, the A seizure and the C treaty with Ecuador
		neo4j.query("MATCH (r:TraffickingRoute) DETACH DELETE r").run();
		assertThat(grade("{ portExposure(locode: \"ECGYE\", asOf: \"" + D + "\") { grade illustrative } }", "portExposure"))
			.isEqualTo("C false");
	}

	@Test
	void dataQualityGradesTheFactsEachDefaultAnswerUses() {
		clock.setDate(LocalDate.parse(D));
		// every analysis runs once for this answer: more than a request usually waits on a busy machine
		var analyses = graphQl.mutate().responseTimeout(Duration.ofMinutes(2)).build().document("""
				{ dataQuality { analyses { analysis answer {
				    question rows facts confirmed confirmedShare unsourced illustrative { kind key } } } } }""")
			.execute()
			.path("dataQuality.analyses")
			.entityList(Map.class)
			.get();
		assertThat(analyses).extracting(a -> a.get("analysis") + " " + a.get("answer")).containsExactly(
				"treatyGaps {question=treatyGaps, rows=1, facts=2, confirmed=2, confirmedShare=1.0, unsourced=0,"
						+ " illustrative=[]}",
				// the prison figure (C), not the invented conviction count, and the treaty checked for a
				// readmission clause (C) with its clause (A)
				"readmissionGaps {question=readmissionGaps, rows=1, facts=3, confirmed=3, confirmedShare=1.0, unsourced=0,"
						+ " illustrative=[]}",
				"countryPriorities {question=countryPriorities, rows=1, facts=5, confirmed=5, confirmedShare=1.0,"
						+ " unsourced=0, illustrative=[]}",
				"sanctionCandidates {question=sanctionCandidates, rows=1, facts=4, confirmed=4, confirmedShare=1.0,"
						+ " unsourced=0, illustrative=[]}",
				"routesBetween {question=routesBetween(from: \"EC\", to: \"BEANR\", maxLegs: 3), rows=1, facts=3,"
						+ " confirmed=1, confirmedShare=0.3333333333333333, unsourced=1,"
						+ " illustrative=[{kind=TraffickingRoute, key=r-gye-anr}]}",
				"portExposure {question=portExposure(locode: \"ECGYE\", sinceYear: 2020), rows=1, facts=4, confirmed=3,"
						+ " confirmedShare=0.75, unsourced=0, illustrative=[{kind=TraffickingRoute, key=r-gye-anr}]}",
				// no row, no fact: nothing to grade, not "0 % confirmed"
				"liaisonCoverageGaps {question=liaisonCoverageGaps, rows=0, facts=0, confirmed=0, confirmedShare=null,"
						+ " unsourced=0, illustrative=[]}");
	}

	private String grade(String document, String path) {
		var response = graphQl.document(document).execute();
		return response.path(path + ".grade").entity(String.class).get() + " "
				+ response.path(path + ".illustrative").entity(Boolean.class).get();
	}

	private static String facts(Map<?, ?> row) {
		return ((List<?>) row.get("facts")).stream()
			.map(f -> (Map<?, ?>) f)
			.map(f -> f.get("kind") + " " + f.get("key") + " " + f.get("grade"))
			.toList()
			.toString();
	}

}
