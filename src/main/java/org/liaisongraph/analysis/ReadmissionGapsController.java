package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReadmissionGapsController {

	private final ReadmissionGapsService service;

	private final Clock clock;

	ReadmissionGapsController(ReadmissionGapsService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	@QueryMapping
	List<ReadmissionGaps> readmissionGaps(@Argument Integer sinceYear, @Argument LocalDate asOf,
			@Argument Boolean includeBlocPartners) {
		return service.readmissionGaps(sinceYear, (asOf != null) ? asOf : LocalDate.now(clock),
				Boolean.TRUE.equals(includeBlocPartners));
	}

	@SchemaMapping(typeName = "ReadmissionGap")
	boolean covered(ReadmissionGaps gap) {
		return gap.covered();
	}

}
