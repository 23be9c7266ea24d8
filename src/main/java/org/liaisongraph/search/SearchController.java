package org.liaisongraph.search;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.api.Paging;
import org.liaisongraph.security.Access;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	private final SearchQueries queries;

	private final Paging paging;

	private final Access access;

	SearchController(SearchQueries queries, Paging paging, Access access) {
		this.queries = queries;
		this.paging = paging;
		this.access = access;
	}

	@QueryMapping
	Connection<SearchResult> search(@Argument String text, ScrollSubrange subrange, DataFetchingEnvironment env) {
		if (text.length() > FullTextQuery.MAX_LENGTH) {
			throw new BadRequestException("text", "must be at most " + FullTextQuery.MAX_LENGTH + " characters long");
		}
		return paging.page(subrange, env, page -> FullTextQuery.of(text)
			.map(query -> queries.search(query, access.clearedForRestricted(), page))
			.orElseGet(() -> new PageOfItems<>(List.of(), 0)));
	}

}
