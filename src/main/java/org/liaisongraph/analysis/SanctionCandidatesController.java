package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.liaisongraph.route.Seizure;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class SanctionCandidatesController {

	private final SanctionCandidatesQueries queries;

	private final Clock clock;

	SanctionCandidatesController(SanctionCandidatesQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@QueryMapping
	List<SanctionCandidate> sanctionCandidates(@Argument Integer year, @Argument double maxCorruptionScore,
			@Argument double minSeizedKg, @Argument LocalDate asOf, @Argument boolean includeBlocPartners,
			@Argument boolean includeIllustrative, DataFetchingFieldSelectionSet selection) {
		// the treaties checked are graded only for what shows their grades
		boolean details = selection == null || selection.containsAnyOf("criteria", "grade", "illustrative");
		return queries.candidates(maxCorruptionScore, minSeizedKg, new CountryScope(year,
				(asOf != null) ? asOf : LocalDate.now(clock), includeBlocPartners, includeIllustrative),
				SeizureLists.requested(selection, "seizures"), details);
	}

	/** The candidate's largest seizures, read with the candidates at the largest {@code first} selected. */
	@SchemaMapping
	List<Seizure> seizures(SanctionCandidate candidate, @Argument int first) {
		return SeizureLists.first(candidate.seizures(), first);
	}

}
