package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.api.Selections;
import org.liaisongraph.route.Seizure;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PortExposureController {

	private final PortExposureQueries queries;

	private final Clock clock;

	PortExposureController(PortExposureQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@QueryMapping
	PortExposure portExposure(@Argument String locode, @Argument Integer sinceYear, @Argument LocalDate asOf,
			DataFetchingEnvironment env) {
		// toward a port of the home state the treaties are all of its treaties: read only when the
		// answer shows them or the grade they weigh in; the facts graded only for the grade
		boolean facts = Selections.containsAnyOf(env, "grade", "illustrative", "facts");
		var parts = new PortExposureQueries.Parts(facts || Selections.containsAnyOf(env, "treaties"),
				Selections.containsAnyOf(env, "originPorts", "originStates"), facts,
				!facts && Selections.showsOnlyIdOf(env, "calls/route"));
		int seizures = Selections.mayContain(env, "seizuresByYear/seizures")
				? SeizureLists.requested(env.getSelectionSet(), "seizuresByYear/seizures") : 0;
		return queries.exposure(Inputs.locode(locode, "locode"), sinceYear, asOf != null ? asOf : LocalDate.now(clock),
				seizures, parts);
	}

	/** The year's largest seizures, read with the exposure at the largest {@code first} selected. */
	@SchemaMapping
	List<Seizure> seizures(PortExposureYear year, @Argument int first) {
		return SeizureLists.first(year.seizures(), first);
	}

}
