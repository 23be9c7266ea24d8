package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CountryPrioritiesController {

	private final CountryPrioritiesService service;

	CountryPrioritiesController(CountryPrioritiesService service) {
		this.service = service;
	}

	@QueryMapping
	List<CountryPriority> countryPriorities(@Argument CountryPrioritiesWeights weights, @Argument Integer year,
			@Argument int limit, @Argument LocalDate asOf) {
		return service.priorities(weights, year, limit, (asOf != null) ? asOf : LocalDate.now());
	}

}
