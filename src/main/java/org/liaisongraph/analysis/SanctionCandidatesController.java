package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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
			@Argument boolean includeIllustrative) {
		return queries.candidates(maxCorruptionScore, minSeizedKg, new CountryScope(year,
				(asOf != null) ? asOf : LocalDate.now(clock), includeBlocPartners, includeIllustrative));
	}

}
