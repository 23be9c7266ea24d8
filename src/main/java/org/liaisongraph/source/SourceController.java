package org.liaisongraph.source;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

	private final SourceQueries queries;

	private final Paging paging;

	SourceController(SourceQueries queries, Paging paging) {
		this.queries = queries;
		this.paging = paging;
	}

	@QueryMapping
	Connection<Source> sources(@Argument SourceFilter filter, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.sources(filter != null ? filter : SourceFilter.NONE, page));
	}

}
