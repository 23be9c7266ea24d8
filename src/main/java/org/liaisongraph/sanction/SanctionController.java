package org.liaisongraph.sanction;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.liaisongraph.state.State;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class SanctionController {

	private final SanctionQueries queries;

	private final Paging paging;

	private final SourceQueries sources;

	SanctionController(SanctionQueries queries, Paging paging, SourceQueries sources) {
		this.queries = queries;
		this.paging = paging;
		this.sources = sources;
	}

	@QueryMapping
	Connection<SanctionMeasure> sanctionMeasures(@Argument SanctionMeasureFilter filter, ScrollSubrange subrange,
			DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.measures(filter != null ? filter : SanctionMeasureFilter.NONE, page));
	}

	@BatchMapping(typeName = "SanctionMeasure")
	Map<SanctionMeasure, State> target(List<SanctionMeasure> measures) {
		return queries.targets(measures);
	}

	@BatchMapping(typeName = "SanctionMeasure")
	Map<SanctionMeasure, Object> imposedBy(List<SanctionMeasure> measures) {
		return queries.imposedBy(measures);
	}

	@BatchMapping(typeName = "SanctionMeasure", field = "sources")
	Map<SanctionMeasure, List<SourceRef>> measureSources(List<SanctionMeasure> measures) {
		return sources.supporting(FactLabel.SANCTION_MEASURE, measures, SanctionMeasure::id);
	}

}
