package org.liaisongraph.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.liaisongraph.treaty.ClauseType;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TreatyGapsController {

	private final TreatyGapsService service;

	private final Clock clock;

	TreatyGapsController(TreatyGapsService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	@QueryMapping
	List<TreatyGaps> treatyGaps(@Argument List<String> states, @Argument String region,
			@Argument List<String> subregion, @Argument String bloc, @Argument List<ClauseType> required,
			@Argument LocalDate asOf, @Argument boolean includeMultilateral) {
		return service.treatyGaps(new TreatyGapsService.Selection(states, region, subregion, bloc), required,
				(asOf != null) ? asOf : LocalDate.now(clock), includeMultilateral);
	}

}
