package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CountryPrioritiesController {

	private final CountryPrioritiesQueries queries;

	private final Access access;

	private final Clock clock;

	CountryPrioritiesController(CountryPrioritiesQueries queries, Access access, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.clock = clock;
	}

	@QueryMapping
	List<CountryPriority> countryPriorities(@Argument CountryPrioritiesWeights weights, @Argument Integer year,
			@Argument int limit, @Argument LocalDate asOf, @Argument boolean includeBlocPartners, @Argument boolean includeIllustrative,
			DataFetchingFieldSelectionSet selection) {
		// The default ranking is for everyone; weighing the factors differently is analysis work.
		if (!weights.equals(CountryPrioritiesWeights.DEFAULTS)) {
			access.require(Role.ANALYST, "countryPriorities with weights other than the defaults");
		}
		// the second pass of the ranking reads what only these fields show
		boolean details = selection == null || selection.containsAnyOf("grade", "illustrative", "components/facts", "routes",
				"bilateralTreaties", "readmissionObligations", "portsWithoutLiaison", "portsWithLiaison");
		return queries.priorities(weights, limit, new CountryScope(year, (asOf != null) ? asOf : LocalDate.now(clock),
				includeBlocPartners, includeIllustrative), SeizureLists.requested(selection, "seizures"), details);
	}

	/** The ranked state's largest seizures, read by the ranking at the largest {@code first} selected. */
	@SchemaMapping
	List<Seizure> seizures(CountryPriority priority, @Argument int first) {
		return SeizureLists.first(priority.seizures(), first);
	}

}
