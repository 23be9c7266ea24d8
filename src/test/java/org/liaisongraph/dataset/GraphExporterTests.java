package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class GraphExporterTests extends IntegrationTest {

	// ordered by content, not by element id, so that two graphs built apart compare equal
	private static final String SNAPSHOT = """
			MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND NOT n:AuditEntry
			OPTIONAL MATCH (n)-[r]->(m)
			WITH [labels(n), properties(n), type(r), properties(r), labels(m), properties(m)] AS row ORDER BY row
			RETURN collect(row) AS graph""";

	private static final String SOURCES = """
			id,title,reliability
			src-a,Fixture source A,A
			illustrative,Invented,F
			""";

	@Autowired
	GraphExporter exporter;

	@Test
	void anExportImportedIntoAnEmptyGraphGivesTheSameGraphBack() {
		loadFixture();
		importer.importFiles(List.of(new ImportFile("State.csv", """
				iso2,name,source,credibility
				CV,Cabo Verde,src-a;illustrative,;6
				""")));
		var before = snapshot();

		var files = exporter.export();
		assertThat(files).extracting(ImportFile::name).doesNotContain("LEG.csv").contains("State.csv", "CALLS_AT.csv");
		assertThat(file(files, "State.csv"))
			.contains("\nCV,CPV,Cabo Verde,Kaapverdië,Cap-Vert,Africa,Western Africa,illustrative;src-a,6;\n");
		neo4j.query("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') DETACH DELETE n").run();
		importer.importFiles(files);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(count("MATCH ()-[l:LEG]->() WHERE l.distanceNm > 0 RETURN count(l)")).isEqualTo(4);
	}

	@Test
	void filesHaveTheImportersColumnsAndRowsInKeyOrder() {
		loadFixture();
		var files = exporter.export();

		assertThat(file(files, "Bloc.csv")).isEqualTo("""
				code,name,source,credibility
				BENELUX,Benelux Union,src-a,1
				EU,European Union,src-a,1
				""");
		assertThat(file(files, "MEMBER_OF.csv")).isEqualTo("""
				from,to,since,source
				BE,BENELUX,1958-02-03,src-a
				BE,EU,1958-01-01,src-a
				LU,BENELUX,1958-02-03,src-a
				LU,EU,1958-01-01,src-a
				NL,BENELUX,1958-02-03,src-a
				NL,EU,1958-01-01,src-a
				""");
		assertThat(file(files, "BELONGS_TO.csv")).isEqualTo("""
				from,toLabel,to,source
				BE-CUSTOMS,State,BE,src-a
				MAOC-N,Bloc,EU,src-a
				""");
		assertThat(file(files, "Source.csv")).isEqualTo("""
				id,title,publisher,url,publishedOn,reliability,licence
				illustrative,"Invented for the test fixture, not a fact",Liaison Graph tests,,,F,
				src-a,Fixture source A,Test Publisher,https://example.org/a,2024-01-15,A,CC0
				""");
		assertThat(file(files, "Seizure.csv")).contains("\ns-anr-2023,2023-12-31,cocaine,1000,banana boxes,src-a,2\n",
				"\ns-rtm-2024,2024-06-30,cocaine,250.5,,src-a,2\n");
		assertThat(file(files, "RATED.csv")).startsWith("""
				from,to,year,score,source
				BE,TI-CPI,2024,69,src-a
				CO,TI-CPI,2024,39,src-a
				EC,TI-CPI,2023,34,src-a
				EC,TI-CPI,2024,32,src-a
				""");
	}

	@Test
	void oneLabelOrTypeIsExportedAlone() {
		loadFixture();

		assertThat(exporter.export("PARTY_TO")).singleElement().satisfies(file -> {
			assertThat(file.name()).isEqualTo("PARTY_TO.csv");
			assertThat(file.content()).startsWith("fromLabel,from,to,since,source\nState,BE,t-be-co-old,,src-a\n")
				.contains("\nBloc,EU,t-eu-cv-readmission,2014-12-01,src-a\n")
				.hasLineCount(13);
		});
		assertThatIllegalArgumentException().isThrownBy(() -> exporter.export("Nope")).withMessageContaining("'Nope'");
		assertThatIllegalArgumentException().isThrownBy(() -> exporter.export("LEG")).withMessageContaining("'LEG'");
	}

	@Test
	void exportToWritesTheFilesIntoANewFolder(@TempDir Path temp) {
		loadFixture();
		Path folder = temp.resolve("export");

		exporter.exportTo(folder);

		assertThat(ImportFile.fromFolder(folder)).containsExactlyInAnyOrderElementsOf(exporter.export());
	}

	@Test
	void aNodeRowListsSeveralSourcesWithTheirCredibilities() {
		importer.importFiles(List.of(new ImportFile("Source.csv", SOURCES), new ImportFile("State.csv", """
				iso2,name,source,credibility
				BE,Belgium,src-a;illustrative,2;6
				NL,Netherlands,src-a; illustrative,;5
				LU,Luxembourg,src-a;illustrative,
				""")));

		assertThat(neo4j.query("""
				MATCH (n:State)-[r:SUPPORTED_BY]->(s:Source)
				RETURN n.iso2 + ' ' + s.id + ' ' + coalesce(toString(r.credibility), '-') AS support ORDER BY support""")
			.fetchAs(String.class)
			.all()).containsExactly("BE illustrative 6", "BE src-a 2", "LU illustrative -", "LU src-a -",
					"NL illustrative 5", "NL src-a -");
	}

	@Test
	void severalSourcesWithTheWrongNumberOfCredibilitiesOrAnUnknownOneAreReportedAndNothingIsWritten() {
		assertThatExceptionOfType(ImportFailedException.class)
			.isThrownBy(() -> importer.importFiles(List.of(new ImportFile("Source.csv", SOURCES),
					new ImportFile("State.csv", """
							iso2,name,source,credibility
							BE,Belgium,src-a;illustrative,2
							NL,Netherlands,src-a;nowhere,1;2
							LU,Luxembourg,src-a;src-a,1;7
							"""))))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ImportProblem::toString).containsExactly(
					"State.csv:2: credibility: expected one value per source (2), got 1",
					"State.csv:3: source: unknown Source 'nowhere'",
					"State.csv:4: credibility: 7 is outside 1..6",
					"State.csv:4: source: Source 'src-a' is listed twice"));
		assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)")).isZero();
	}

	private Object snapshot() {
		return neo4j.query(SNAPSHOT).fetch().one().orElseThrow().get("graph");
	}

	private static String file(List<ImportFile> files, String name) {
		return files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().content();
	}

}
