package org.liaisongraph.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.FullTextIndex;
import org.liaisongraph.neo4j.GraphReader;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Runs a search on the full-text indexes the user may read: best match first, then by kind and
 * key, so that equal scores page in a stable order. One statement finds, counts and pages the
 * hits and grades the page's.
 */
@Service
class SearchQueries {

	private static final String KEY = GraphModel.keyExpression("node",
			Arrays.stream(SearchKind.values()).map(SearchKind::label).toList());

	private static final String SEARCH = """
			UNWIND $indexes AS index
			CALL db.index.fulltext.queryNodes(index, $query) YIELD node, score
			WITH node, score, [label IN labels(node) WHERE label IN $kinds][0] AS kind, %s AS key
			ORDER BY score DESC, kind, key
			WITH collect({node: node, score: score, kind: kind, key: key}) AS hits
			WITH size(hits) AS total, hits[$skip..$skip + $limit] AS page
			CALL (page) {
			  UNWIND range(0, size(page) - 1) AS i
			  WITH i, page[i] AS hit, page[i].node AS node
			  OPTIONAL MATCH (node)-[:SUPPORTED_BY]->(source:Source)
			  WITH i, hit, node, max(source.reliability) AS weakest
			  ORDER BY i
			  RETURN collect({kind: hit.kind, key: hit.key, label: coalesce(node.name, node.title, hit.key),
			    score: hit.score, grade: CASE WHEN node:Source THEN node.reliability ELSE weakest END}) AS items
			}
			RETURN total, items""".formatted(KEY);

	private static final List<String> KINDS = Arrays.stream(SearchKind.values()).map(SearchKind::label).toList();

	private final GraphReader reader;

	SearchQueries(GraphReader reader) {
		this.reader = reader;
	}

	/**
	 * The page of hits of a Lucene query.
	 * @param cleared whether the user may find nodes by restricted properties
	 */
	PageOfItems<SearchResult> search(String query, boolean cleared, PageBounds page) {
		List<String> indexes = GraphModel.FULL_TEXT_INDEXES.stream()
			.filter(index -> cleared || !index.restricted())
			.map(FullTextIndex::name)
			.toList();
		var row = reader
			.records(SEARCH, Map.of("indexes", indexes, "query", query, "kinds", KINDS, "skip", page.offset(), "limit",
					page.limit()))
			.getFirst();
		return new PageOfItems<>(row.get("items").asList(SearchQueries::result), row.get("total").asLong());
	}

	private static SearchResult result(Value hit) {
		return new SearchResult(SearchKind.of(hit.get("kind").asString()), hit.get("key").asString(),
				hit.get("label").asString(), hit.get("score").asDouble(),
				hit.get("grade").isNull() ? null : hit.get("grade").asString());
	}

}
