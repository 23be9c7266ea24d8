package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Selections;
import org.liaisongraph.treaty.ClauseType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TreatyGapsController {

	private final TreatyGapsQueries queries;

	private final Clock clock;

	TreatyGapsController(TreatyGapsQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@QueryMapping
	List<TreatyGaps> treatyGaps(@Argument List<String> states, @Argument String region,
			@Argument List<String> subregion, @Argument String bloc, @Argument List<ClauseType> required,
			@Argument LocalDate asOf, @Argument boolean includeMultilateral, DataFetchingEnvironment env) {
		// the treaties that do not decide the gaps, the home-side parties and the grades are read only
		// for an answer that shows them
		boolean complete = Selections.containsAnyOf(env, "grade", "illustrative", "facts", "notInForce", "multilateral",
				"treaties/via");
		return queries.treatyGaps(new TreatyGapsQueries.Selection(states, region, subregion, bloc), required,
				(asOf != null) ? asOf : LocalDate.now(clock), includeMultilateral, complete,
				Selections.showsOnlyIdOf(env, "treaties/treaty"));
	}

}
