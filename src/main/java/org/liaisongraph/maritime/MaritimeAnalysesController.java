package org.liaisongraph.maritime;

import java.time.LocalDate;
import java.util.List;

import org.liaisongraph.api.BadRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The maritime analyses: what is watched at sea, what detections lead to, MAOC-N, integrity. */
@Controller
class MaritimeAnalysesController {

	private final SeaCoverageQueries seaCoverage;

	private final MaritimeAnalyses analyses;

	MaritimeAnalysesController(SeaCoverageQueries seaCoverage, MaritimeAnalyses analyses) {
		this.seaCoverage = seaCoverage;
		this.analyses = analyses;
	}

	@QueryMapping
	List<SeaCoverage> seaCoverage(@Argument String route, @Argument LocalDate from, @Argument LocalDate to) {
		checkPeriod(from, to);
		return seaCoverage.coverage(route, from, to);
	}

	@QueryMapping
	SeaAreaCoverage seaAreaCoverage(@Argument SeaArea area, @Argument List<List<Double>> boundary,
			@Argument LocalDate from, @Argument LocalDate to) {
		if ((area == null) == (boundary == null)) {
			throw new BadRequestException("area", "give either a named area or a boundary");
		}
		checkPeriod(from, to);
		return seaCoverage.areaCoverage(area, boundary, from, to);
	}

	@QueryMapping
	DetectionFunnel detectionFunnel(@Argument int year) {
		return analyses.detectionFunnel(year);
	}

	@QueryMapping
	MaocnContribution maocnContribution(@Argument int year, @Argument String state) {
		return analyses.maocnContribution(year, state);
	}

	@QueryMapping
	List<IntegrityTrend> integrityTrend(@Argument int from, @Argument int to) {
		if (to < from) {
			throw new BadRequestException("to", to + " is before from " + from);
		}
		return analyses.integrityTrend(from, to);
	}

	private static void checkPeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new BadRequestException("to", to + " is before from " + from);
		}
	}

}
