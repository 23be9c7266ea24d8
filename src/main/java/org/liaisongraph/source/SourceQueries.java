package org.liaisongraph.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.springframework.stereotype.Service;

/** Reads of sources and of the sources supporting fact nodes. */
@Service
public class SourceQueries {

	private static final String SOURCES = """
			MATCH (n:Source)
			WHERE ($reliability IS NULL OR n.reliability = $reliability)
			  AND ($publisherContains IS NULL OR toLower(n.publisher) CONTAINS toLower($publisherContains))""";

	// Label and key property come from FactLabel constants, never from input.
	private static final String SUPPORTED_BY = """
			MATCH (f:$($label))-[r:SUPPORTED_BY]->(n:Source) WHERE f[$keyProperty] IN $keys
			RETURN f[$keyProperty] AS key, n, r.credibility AS credibility ORDER BY n.id""";

	private final GraphReader reader;

	SourceQueries(GraphReader reader) {
		this.reader = reader;
	}

	PageOfItems<Source> sources(SourceFilter filter, PageBounds page) {
		return reader.page(Source.class, SOURCES, filter.parameters(), page);
	}

	/** The sources of each fact node, in one statement for all of them. */
	public <K> Map<K, List<SourceRef>> supporting(FactLabel label, Collection<K> facts, Function<K, Object> keyOf) {
		return reader.grouped(SUPPORTED_BY, Map.of("label", label.label(), "keyProperty", label.key()), facts, keyOf,
				r -> new SourceRef(reader.node(Source.class, r.get("n")), r.get("credibility").isNull() ? null
						: r.get("credibility").asInt()));
	}

}
