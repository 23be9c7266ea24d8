package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;

import org.liaisongraph.api.Inputs;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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
	PortExposure portExposure(@Argument String locode, @Argument Integer sinceYear, @Argument LocalDate asOf) {
		return queries.exposure(Inputs.locode(locode, "locode"), sinceYear, asOf != null ? asOf : LocalDate.now(clock));
	}

}
