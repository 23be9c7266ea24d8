package org.liaisongraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The search on a hand-made graph: Belgium (Dutch name België, French Belgique) and Ecuador on an
 * A source, Ecuador also on an F one; the ports of Antwerp and Guayaquil; a treaty; an agency; and
 * an officer named Jan Antwerpen, whose name only cleared users may search.
 */
class SearchTests extends IntegrationTest {

	private static final String SEARCH = """
			query ($text: String!, $first: Int, $after: String) {
			  search(text: $text, first: $first, after: $after) {
			    totalCount
			    pageInfo { hasNextPage endCursor }
			    nodes { kind key label grade illustrative }
			  }
			}""";

	@BeforeEach
	void graph() {
		neo4j.query("""
				CREATE (a:Source {id: 'gazette', title: 'Belgian Official Gazette', reliability: 'A', version: 1})
				CREATE (f:Source {id: 'illustrative', title: 'Invented for illustration', reliability: 'F', version: 1})
				CREATE (be:State {iso2: 'BE', iso3: 'BEL', name: 'Belgium', nameNl: 'België', nameFr: 'Belgique', version: 1})
				CREATE (be)-[:SUPPORTED_BY]->(a)
				CREATE (ec:State {iso2: 'EC', iso3: 'ECU', name: 'Ecuador', nameNl: 'Ecuador', nameFr: 'Équateur', version: 1})
				CREATE (ec)-[:SUPPORTED_BY]->(a)
				CREATE (ec)-[:SUPPORTED_BY]->(f)
				CREATE (:Port {locode: 'BEANR', name: 'Antwerp', latitude: 51.2, longitude: 4.4, version: 1})
				CREATE (:Port {locode: 'ECGYE', name: 'Guayaquil', latitude: -2.2, longitude: -79.9, version: 1})
				CREATE (:Treaty {id: 'be-ec-customs', title: 'Customs cooperation agreement Belgium Ecuador',
				  kind: 'BILATERAL', status: 'IN_FORCE', version: 1})
				CREATE (:Agency {code: 'BE-FP', name: 'Belgian Federal Police', kind: 'POLICE', version: 1})
				CREATE (:LiaisonOfficer {id: 'lo-001', role: 'POLICE_LIAISON', name: 'Jan Antwerpen', version: 1})""")
			.run();
	}

	private List<Map<String, Object>> hits(GraphQlTester tester, String text) {
		return tester.document(SEARCH).variable("text", text).execute().path("search.nodes").entityList(
				(Class<Map<String, Object>>) (Class<?>) Map.class).get();
	}

	private static Map<String, Object> hit(String kind, String key, String label, String grade) {
		var hit = new HashMap<String, Object>();
		hit.put("kind", kind);
		hit.put("key", key);
		hit.put("label", label);
		hit.put("grade", grade);
		hit.put("illustrative", "F".equals(grade));
		return hit;
	}

	private static List<String> keys(List<Map<String, Object>> hits) {
		return hits.stream().map(hit -> (String) hit.get("key")).toList();
	}

	@Test
	void aStateIsFoundByItsDutchAndFrenchNamesWithOrWithoutAccents() {
		assertThat(hits(graphQl, "België")).singleElement()
			.isEqualTo(hit("STATE", "BE", "Belgium", "A"));
		assertThat(keys(hits(graphQl, "belgie"))).containsExactly("BE");
		assertThat(keys(hits(graphQl, "Équateur"))).containsExactly("EC");
		assertThat(keys(hits(graphQl, "equateur"))).containsExactly("EC");
	}

	@Test
	void theStartOfAWordFindsAndEveryWordMustMatch() {
		assertThat(keys(hits(graphQl, "guaya"))).containsExactly("ECGYE");
		assertThat(keys(hits(graphQl, "customs ecuador"))).containsExactly("be-ec-customs");
		assertThat(keys(hits(graphQl, "customs peru"))).isEmpty();
	}

	@Test
	void eachKindIsFoundByItsKeyWithItsGrade() {
		assertThat(hits(graphQl, "BEANR")).singleElement()
			.isEqualTo(hit("PORT", "BEANR", "Antwerp", null));
		// and the treaty with Ecuador in its title
		assertThat(hits(graphQl, "ECU")).contains(hit("STATE", "EC", "Ecuador", "F")).hasSize(2);
		assertThat(hits(graphQl, "gazette")).singleElement()
			.isEqualTo(hit("SOURCE", "gazette", "Belgian Official Gazette", "A"));
		assertThat(hits(graphQl, "federal police")).extracting(hit -> hit.get("kind")).containsExactly("AGENCY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"", "belg*", "belg?", "(belgium", "belgium)", "belgium OR ecuador", "NOT belgium",
			"AND", "+belgium -ecuador", "belgium~", "belgium^4", "name:belgium", "[a TO z]", "{a TO z}", "/bel.*/",
			"\\", "a\\", "&& ||", "!", "*", "?", ":", "belgium && ecuador", "\"belgium", "ü:/\\" })
	void luceneSyntaxIsSearchedAsTextNeverAQueryError(String text) {
		graphQl.document(SEARCH).variable("text", text).execute().errors().verify().path("search.totalCount")
			.entity(Integer.class).satisfies(count -> assertThat(count).isBetween(0, 2));
	}

	@Test
	void aQueryOperatorTypedByTheUserDoesNotWidenTheSearch() {
		// as Lucene syntax, these would find Ecuador or every node
		assertThat(keys(hits(graphQl, "belgium OR ecuador"))).isEmpty();
		assertThat(keys(hits(graphQl, "name:*"))).isEmpty();
		assertThat(keys(hits(graphQl, "belgium)"))).isEqualTo(keys(hits(graphQl, "belgium"))).hasSize(2);
	}

	@Test
	void blankOrPunctuationOnlyTextFindsNothing() {
		assertThat(hits(graphQl, "  ")).isEmpty();
		assertThat(hits(graphQl, "*** ?? -")).isEmpty();
	}

	@Test
	void anOfficerIsFoundByNameByAClearedUserOnly() {
		assertThat(hits(as(Role.ANALYST), "jan")).singleElement()
			.isEqualTo(hit("LIAISON_OFFICER", "lo-001", "Jan Antwerpen", null));
		// "antwerp" is the start of the officer's name and the port's: the viewer sees the port only
		assertThat(keys(hits(as(Role.ANALYST), "antwerp"))).containsExactlyInAnyOrder("BEANR", "lo-001");
		var viewer = as(Role.VIEWER);
		assertThat(hits(viewer, "jan")).isEmpty();
		assertThat(hits(viewer, "lo-001")).isEmpty();
		assertThat(hits(viewer, "antwerp")).containsExactly(hit("PORT", "BEANR", "Antwerp", null));
	}

	@Test
	void hitsArePagedBestFirstThenByKindAndKey() {
		// words starting with "belg": the state, the treaty, the source and the agency
		var first = graphQl.document(SEARCH).variable("text", "belg").variable("first", 3).execute();
		first.path("search.totalCount").entity(Integer.class).isEqualTo(4);
		first.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		List<String> page1 = first.path("search.nodes[*].key").entityList(String.class).get();
		String cursor = first.path("search.pageInfo.endCursor").entity(String.class).get();
		var second = graphQl.document(SEARCH).variable("text", "belg").variable("first", 3).variable("after", cursor)
			.execute();
		second.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<String> page2 = second.path("search.nodes[*].key").entityList(String.class).get();
		assertThat(page1).hasSize(3);
		assertThat(Stream.concat(page1.stream(), page2.stream())).containsExactlyInAnyOrder("BE", "be-ec-customs",
				"gazette", "BE-FP");
		var all = graphQl.document(SEARCH).variable("text", "belg").variable("first", 10).execute();
		assertThat(all.path("search.nodes[*].key").entityList(String.class).get())
			.containsExactlyElementsOf(Stream.concat(page1.stream(), page2.stream()).toList());
	}

	@Test
	void aTextLongerThan200CharactersIsABadRequest() {
		expectError(graphQl.document(SEARCH).variable("text", "a".repeat(201)), ErrorType.BAD_REQUEST, "text");
	}

	@Test
	void theKindsAreTheLabelsOfTheFullTextIndexes() {
		assertThat(Arrays.stream(SearchKind.values()).map(SearchKind::label))
			.containsExactlyInAnyOrderElementsOf(
					GraphModel.FULL_TEXT_INDEXES.stream().flatMap(index -> index.labels().stream()).toList());
	}

}
