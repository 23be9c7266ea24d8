package org.liaisongraph.agency;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.SourceQueries;
import org.liaisongraph.source.SourceRef;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class AgencyController {

	private final AgencyQueries queries;

	private final Paging paging;

	private final SourceQueries sources;

	AgencyController(AgencyQueries queries, Paging paging, SourceQueries sources) {
		this.queries = queries;
		this.paging = paging;
		this.sources = sources;
	}

	@QueryMapping
	Connection<Agency> agencies(@Argument AgencyFilter filter, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return paging.page(subrange, env, page -> queries.agencies(filter != null ? filter : AgencyFilter.NONE, page));
	}

	@BatchMapping(typeName = "Agency")
	Map<Agency, Object> belongsTo(List<Agency> agencies) {
		return queries.belongsTo(agencies);
	}

	@BatchMapping(typeName = "Agency")
	Map<Agency, List<Participation>> participants(List<Agency> agencies) {
		return queries.participants(agencies);
	}

	@BatchMapping(typeName = "Agency")
	Map<Agency, List<InformationSharing>> sharesInformationWith(List<Agency> agencies) {
		return queries.sharing(agencies);
	}

	@BatchMapping(typeName = "Agency", field = "sources")
	Map<Agency, List<SourceRef>> agencySources(List<Agency> agencies) {
		return sources.supporting(FactLabel.AGENCY, agencies, Agency::code);
	}

}
