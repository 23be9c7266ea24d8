package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Selections;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReadmissionGapsController {

	private final ReadmissionGapsQueries queries;

	private final Clock clock;

	ReadmissionGapsController(ReadmissionGapsQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@QueryMapping
	List<ReadmissionGaps> readmissionGaps(@Argument Integer sinceYear, @Argument LocalDate asOf,
			@Argument Boolean includeBlocPartners, @Argument Boolean includeIllustrative,
			DataFetchingEnvironment env) {
		// the treaties' grades and home-side parties are read only for an answer that shows them
		boolean details = Selections.containsAnyOf(env, "grade", "illustrative", "facts", "obligations/via");
		return queries.readmissionGaps(sinceYear, (asOf != null) ? asOf : LocalDate.now(clock),
				Boolean.TRUE.equals(includeBlocPartners), Boolean.TRUE.equals(includeIllustrative), details);
	}

	@SchemaMapping(typeName = "ReadmissionGap")
	boolean covered(ReadmissionGaps gap) {
		return gap.covered();
	}

}
