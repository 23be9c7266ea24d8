package org.liaisongraph.sanction;

import java.util.Collection;
import java.util.Map;

import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.state.Bloc;
import org.liaisongraph.state.State;
import org.springframework.stereotype.Service;

/** Reads of sanction measures, their targets and who imposed them. */
@Service
class SanctionQueries {

	private static final String MEASURES = """
			MATCH (n:SanctionMeasure)
			WHERE ($kind IS NULL OR n.kind = $kind)
			  AND ($status IS NULL OR n.status = $status)
			  AND ($target IS NULL OR EXISTS { (n)-[:TARGETS]->(:State {iso2: $target}) })
			  AND ($imposedBy IS NULL OR EXISTS { (n)-[:IMPOSED_BY]->(o) WHERE o.iso2 = $imposedBy OR o.code = $imposedBy })""";

	private static final String TARGETS = """
			MATCH (m:SanctionMeasure)-[:TARGETS]->(n:State) WHERE m.id IN $keys RETURN m.id AS key, n""";

	private static final String IMPOSED_BY = """
			MATCH (m:SanctionMeasure)-[:IMPOSED_BY]->(o) WHERE m.id IN $keys
			RETURN m.id AS key, o, 'State' IN labels(o) AS isState""";

	private final GraphReader reader;

	SanctionQueries(GraphReader reader) {
		this.reader = reader;
	}

	PageOfItems<SanctionMeasure> measures(SanctionMeasureFilter filter, PageBounds page) {
		return reader.page(SanctionMeasure.class, MEASURES, filter.parameters(), page);
	}

	Map<SanctionMeasure, State> targets(Collection<SanctionMeasure> measures) {
		return reader.single(TARGETS, measures, SanctionMeasure::id, r -> reader.node(State.class, r.get("n")));
	}

	Map<SanctionMeasure, Object> imposedBy(Collection<SanctionMeasure> measures) {
		return reader.single(IMPOSED_BY, measures, SanctionMeasure::id,
				r -> r.get("isState").asBoolean() ? reader.node(State.class, r.get("o"))
						: reader.node(Bloc.class, r.get("o")));
	}

}
