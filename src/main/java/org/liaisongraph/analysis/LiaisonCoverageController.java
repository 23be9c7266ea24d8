package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Inputs;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LiaisonCoverageController {

	private final LiaisonCoverageQueries queries;

	private final Clock clock;

	LiaisonCoverageController(LiaisonCoverageQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@QueryMapping
	List<LiaisonCoverageGap> liaisonCoverageGaps(@Argument String destination, @Argument Integer minRoutes,
			@Argument LocalDate asOf, @Argument Boolean includeIllustrative, DataFetchingFieldSelectionSet selection) {
		// an explicit null overrides the schema's defaults
		if (destination == null) {
			throw new BadRequestException("destination", "must be a UN/LOCODE or a bloc code such as BENELUX");
		}
		if (minRoutes == null || minRoutes < 1) {
			throw new BadRequestException("minRoutes", "must be at least 1, was " + minRoutes);
		}
		LocalDate date = (asOf != null) ? asOf : LocalDate.now(clock);
		boolean invented = Boolean.TRUE.equals(includeIllustrative);
		// the routes and the graded facts are read only for what shows them
		boolean details = selection == null || selection.containsAnyOf("routes", "facts", "grade", "illustrative");
		// five characters name a port; any other code a bloc
		String code = destination.trim();
		if (code.length() == 5) {
			return queries.towardPort(Inputs.locode(code, "destination"), minRoutes, date, invented, details);
		}
		return queries.towardBloc(Inputs.code(code, "destination"), minRoutes, date, invented, details);
	}

}
