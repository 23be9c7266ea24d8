package org.liaisongraph.analysis;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DataQualityController {

	private final DataQualityQueries queries;

	DataQualityController(DataQualityQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	DataQuality dataQuality() {
		return queries.quality();
	}

}
