package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class JsonImportTests extends IntegrationTest {

	private static final ImportFile SOURCES = new ImportFile("Source.json", """
			[
			  {"id": "src-a", "title": "Source A", "reliability": "A"},
			  {"id": "illustrative", "title": "Invented", "reliability": "F"}
			]""");

	@Test
	void jsonRowsAreReadLikeCsvRowsWithSeveralSourcesAsAnArrayOrAList() {
		importer.importFiles(List.of(SOURCES, new ImportFile("State.json", """
				[
				  {"iso2": "BE", "name": "Belgium", "source": ["src-a", "illustrative"], "credibility": [2, null]},
				  {"iso2": "EC", "name": "Ecuador", "region": "Americas", "source": "src-a;illustrative", "credibility": ";6"}
				]"""), new ImportFile("Treaty.json", """
				[{"id": "t-be-ec", "title": "Agreement", "kind": "BILATERAL", "status": "IN_FORCE",
				  "signedOn": "2020-01-01", "inForceFrom": "2021-06-01", "source": "src-a", "credibility": 1}]"""),
				new ImportFile("PARTY_TO.json", """
						[
						  {"fromLabel": "State", "from": "BE", "to": "t-be-ec", "since": "2021-06-01", "source": "src-a"},
						  {"fromLabel": "State", "from": "EC", "to": "t-be-ec", "since": null, "source": "src-a"}
						]"""), new ImportFile("Post.json", """
						[{"id": "post-quito", "name": "Embassy Quito", "kind": "EMBASSY", "onDrugRoute": true,
						  "source": "illustrative"}]"""), new ImportFile("RATED.csv", """
						from,to,year,score,source
						EC,TI-CPI,2024,32,src-a
						"""), new ImportFile("Index.json", """
						[{"code": "TI-CPI", "name": "Corruption Perceptions Index", "source": "src-a"}]""")));

		assertThat(neo4j.query("""
				MATCH (n:State)-[r:SUPPORTED_BY]->(s:Source)
				RETURN n.iso2 + ' ' + s.id + ' ' + coalesce(toString(r.credibility), '-') AS support ORDER BY support""")
			.fetchAs(String.class)
			.all()).containsExactly("BE illustrative -", "BE src-a 2", "EC illustrative 6", "EC src-a -");
		assertThat(neo4j.query("""
				MATCH (s:State)-[p:PARTY_TO]->(t:Treaty {id: 't-be-ec'})
				RETURN s.iso2 + ' ' + coalesce(toString(p.since), '-') + ' ' + toString(t.inForceFrom) ORDER BY s.iso2""")
			.fetchAs(String.class)
			.all()).containsExactly("BE 2021-06-01 2021-06-01", "EC - 2021-06-01");
		assertThat(count("MATCH (p:Post {id: 'post-quito', onDrugRoute: true}) RETURN count(p)")).isEqualTo(1);
		assertThat(count("MATCH (:State {iso2: 'EC', region: 'Americas'})-[r:RATED {year: 2024}]->() RETURN r.score"))
			.isEqualTo(32);
	}

	@Test
	void aJsonFileBesideACsvFileOfTheSameLabelSharesItsKeys() {
		assertThatExceptionOfType(ImportFailedException.class)
			.isThrownBy(() -> importer.importFiles(List.of(SOURCES,
					new ImportFile("State.csv", "iso2,name,source\nBE,Belgium,src-a\n"), new ImportFile("State.json", """
							[
							  {"iso2": "NL", "name": "Netherlands", "source": "src-a"},
							  {"iso2": "BE", "name": "Belgium again", "source": "src-a"}
							]"""))))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ImportProblem::toString)
				.containsExactly("State.json:3: iso2: duplicate key 'BE' also in State.csv"));
	}

	@Test
	void badJsonIsReportedWithTheLineOfTheObjectOrOfTheSyntaxError() {
		assertThatExceptionOfType(ImportFailedException.class)
			.isThrownBy(() -> importer.importFiles(List.of(SOURCES, new ImportFile("State.json", """
					[
					  {"iso2": "BE", "name": "Belgium", "source": "src-a"},
					  {
					    "iso2": "NL",
					    "name": {"en": "Netherlands"},
					    "capital": "Amsterdam",
					    "source": ["src-a", ["nested"]]
					  },
					  {"iso2": "LU" "name": "Luxembourg", "source": "src-a"}
					]"""), new ImportFile("Bloc.json", """
					{"code": "EU", "name": "European Union"}"""), new ImportFile("Port.json", """
					[
					  "BEANR"
					]"""))))
			.satisfies(ex -> assertThat(ex.problems()).extracting(ImportProblem::toString).containsExactly(
					"Bloc.json:1: file: is not a JSON array of objects",
					"Port.json:2: file: is not a JSON array of objects: this element is not an object",
					"State.json:3: capital: unknown field; expected iso2,iso3,name,nameNl,nameFr,region,subregion,source,"
							+ "credibility",
					"State.json:3: name: must be a value or an array of values",
					"State.json:3: source: must be a value or an array of values",
					"State.json:9: file: is not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma "
							+ "to separate Object entries"));
		assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)")).isZero();
	}

}
