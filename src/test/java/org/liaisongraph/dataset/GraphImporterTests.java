package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaisongraph.route.RouteLegs;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class GraphImporterTests extends IntegrationTest {

	@Autowired
	RouteLegs routeLegs;

	private static final String SNAPSHOT = """
			MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND NOT n:AuditEntry
			OPTIONAL MATCH (n)-[r]->(m)
			WITH n, r, m ORDER BY elementId(n), type(r), elementId(m)
			RETURN collect([labels(n), properties(n), type(r), properties(r), properties(m)]) AS graph""";

	@Test
	void theFixtureIsWrittenWithItsSources() {
		var result = importer.importFiles(ImportFile.fromClasspath("classpath:fixture"));

		assertThat(result.rowsByFile()).containsEntry("State.csv", 7).containsEntry("PARTY_TO.csv", 12);
		assertThat(count("MATCH (n:State) RETURN count(n)")).isEqualTo(7);
		assertThat(count("MATCH (n:Port)-[:IN_STATE]->(:State) RETURN count(n)")).isEqualTo(5);
		assertThat(count("MATCH (:Bloc)-[r:PARTY_TO]->(:Treaty) RETURN count(r)")).isEqualTo(1);
		assertThat(unsourcedNodes("AuditEntry")).isZero();
		assertThat(count("MATCH (:State {iso2: 'CV'})-[r:SUPPORTED_BY]->() WHERE r.credibility IS NULL RETURN count(r)"))
			.isEqualTo(1);
		assertThat(count("MATCH ()-[r:RATED {year: 2024}]->() RETURN sum(r.score)")).isEqualTo(32 + 39 + 33 + 69);
		assertThat(count("MATCH ()-[r:LEG]->() RETURN count(r)")).isEqualTo(1 + 2 + 1);
	}

	@Test
	void everyLegGetsItsSeaDistanceAndALostOneIsFilledIn() {
		importer.importFiles(ImportFile.fromClasspath("classpath:fixture"));
		assertThat(count("MATCH ()-[l:LEG {route: 'r-gye-anr'}]->() WHERE 5000 < l.distanceNm < 6000 RETURN count(l)"))
			.isEqualTo(1);

		neo4j.query("MATCH ()-[l:LEG]->() REMOVE l.distanceNm").run();
		routeLegs.fillMissingDistances();
		assertThat(count("MATCH ()-[l:LEG]->() WHERE l.distanceNm > 0 RETURN count(l)")).isEqualTo(4);
	}

	@Test
	void importingTheSameFilesTwiceChangesNothingVersionsIncluded() {
		importer.importFiles(ImportFile.fromClasspath("classpath:fixture"));
		var before = snapshot();
		importer.importFiles(ImportFile.fromClasspath("classpath:fixture"));

		assertThat(snapshot()).isEqualTo(before);
		assertThat(count("MATCH (n) WHERE (n:State OR n:Port OR n:Treaty OR n:Seizure OR n:Source) "
				+ "AND n.version = 1 RETURN count(n)")).isEqualTo(7 + 5 + 5 + 3 + 2);
		assertThat(count("MATCH ()-[r:MEMBER_OF|PARTY_TO|CALLS_AT|NATIONALS_CONVICTED|RATED]->() WHERE r.version = 1 "
				+ "RETURN count(r)")).isEqualTo(6 + 12 + 7 + 2 + 5);
		assertThat(count("MATCH ()-[r:IN_STATE|AT|SUPPORTED_BY|LEG]->() WHERE r.version IS NOT NULL RETURN count(r)"))
			.isZero();
	}

	@Test
	void aChangedPropertyRaisesTheVersionOfWhatChangedAndNothingElse() {
		loadFixture();
		importer.importFiles(List.of(new ImportFile("State.csv", """
				iso2,name,region,source,credibility
				BE,Kingdom of Belgium,Europe,src-a,3
				NL,Netherlands,Europe,src-a,1
				LU,Luxembourg,,src-a,1
				"""), new ImportFile("RATED.csv", """
				from,to,year,score,source
				BE,TI-CPI,2024,70,src-a
				CO,TI-CPI,2024,39,src-a
				""")));

		assertThat(neo4j.query("""
				MATCH (s:State) WHERE s.iso2 IN ['BE', 'NL', 'LU']
				RETURN s.iso2 + ' v' + s.version + ' ' + s.name + ' ' + coalesce(s.region, '-') AS state ORDER BY state""")
			.fetchAs(String.class)
			.all()).containsExactly("BE v2 Kingdom of Belgium Europe", "LU v2 Luxembourg -", "NL v1 Netherlands Europe");
		assertThat(neo4j.query("""
				MATCH (s:State)-[r:RATED {year: 2024}]->() WHERE s.iso2 IN ['BE', 'CO']
				RETURN s.iso2 + ' v' + r.version + ' ' + r.score AS rating ORDER BY rating""")
			.fetchAs(String.class)
			.all()).containsExactly("BE v2 70.0", "CO v1 39.0");
		// a source's credibility is not a property of the node: the node keeps its version
		assertThat(count("MATCH (:State {iso2: 'BE'})-[r:SUPPORTED_BY]->(:Source {id: 'src-a'}) RETURN r.credibility"))
			.isEqualTo(3);
	}

	@Test
	void anImportIsRecordedInTheAuditTrailWithItsRowsPerFile() {
		importer.importFiles(List.of(new ImportFile("Source.csv", "id,title,reliability\nsrc-a,A,A\n"),
				new ImportFile("State.json", """
						[{"iso2": "BE", "name": "Belgium", "source": "src-a"},
						 {"iso2": "NL", "name": "Netherlands", "source": "src-a"}]""")), "analyst-7");

		assertThat(neo4j.query("""
				MATCH (e:AuditEntry) RETURN e.user + ' ' + e.operation + ' ' + e.summary""").fetchAs(String.class).all())
			.containsExactly("analyst-7 import Source.csv: 1 row, State.json: 2 rows");
	}

	@Test
	void aRouteWrittenAgainWithFewerCallsLosesItsStaleCallsAndLegs() {
		importer.importFiles(ImportFile.fromClasspath("classpath:fixture"));
		importer.importFiles(List.of(new ImportFile("CALLS_AT.csv", """
				from,to,seq,role,source
				r-ctg-mit-rtm,COCTG,0,ORIGIN,src-a
				r-ctg-mit-rtm,NLRTM,1,DESTINATION,src-a
				""")));

		assertThat(neo4j.query("""
				MATCH (a:Port)-[l:LEG {route: 'r-ctg-mit-rtm'}]->(b:Port)
				RETURN a.locode + '>' + b.locode ORDER BY l.seq""").fetchAs(String.class).all())
			.containsExactly("COCTG>NLRTM");
		assertThat(count("MATCH (:TraffickingRoute {id: 'r-ctg-mit-rtm'})-[c:CALLS_AT]->() RETURN count(c)"))
			.isEqualTo(2);
	}

	@Test
	void everyBadRowIsReportedWithFileLineAndFieldAndNothingIsWritten() {
		assertThatExceptionOfType(ImportFailedException.class)
			.isThrownBy(() -> importer.importFiles(ImportFile.fromClasspath("classpath:import-bad")))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ImportProblem::toString).containsExactly(
					"Agency.json:8: headquarters: unknown field; expected code,name,kind,source,credibility",
					"Agency.json:8: kind: 'SMUGGLERS' is not one of CUSTOMS, DEFENCE, DIPLOMATIC, JUDICIAL, "
							+ "MULTINATIONAL_CENTRE, POLICE",
					"Agency.json:8: credibility: 9 is outside 1..6",
					"Agency.json:8: source: unknown Source 'nowhere'",
					"Notes.csv:0: file: is not named after a label or relationship type of the graph model",
					"PARTY_TO.csv:3: from: unknown State 'XX'",
					"PARTY_TO.csv:4: to: a BILATERAL treaty needs exactly two parties, has 1",
					"Port.csv:3: latitude: 95.0 is outside -90..90",
					"Seizure.csv:2: quantityKg: -5.0 is outside 0..1000000000",
					"State.csv:3: iso2: 'BEL' does not match [A-Z]{2}",
					"State.csv:4: iso2: duplicate key 'BE' in this file",
					"Treaty.csv:2: inForceFrom: 2020-01-01 is before signedOn 2021-01-01",
					"Treaty.csv:3: kind: 'TRILATERAL' is not one of BILATERAL, EU_AGREEMENT, MEMORANDUM, MULTILATERAL",
					"Treaty.csv:3: source: unknown Source 'nowhere'"));
		assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)")).isZero();
	}

	private Object snapshot() {
		return neo4j.query(SNAPSHOT).fetch().one().orElseThrow().get("graph");
	}

}
