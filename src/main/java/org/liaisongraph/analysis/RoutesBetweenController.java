package org.liaisongraph.analysis;

import java.util.List;
import java.util.Map;

import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.route.LegGeometries;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class RoutesBetweenController {

	/** The literal bound of the statement's variable-length pattern. */
	static final int MAX_LEGS_CAP = 6;

	/** The most paths one answer gives. */
	static final int FIRST_CAP = 100;

	/** The schema's default for {@code first}, for answers computed without a request. */
	static final int FIRST_DEFAULT = 10;

	private final RoutesBetweenQueries queries;

	private final LegGeometries geometries;

	RoutesBetweenController(RoutesBetweenQueries queries, LegGeometries geometries) {
		this.queries = queries;
		this.geometries = geometries;
	}

	@QueryMapping
	RoutesBetween routesBetween(@Argument String from, @Argument String to, @Argument Integer maxLegs,
			@Argument Boolean activeOnly, @Argument Integer first) {
		// an explicit null overrides the schema's defaults
		Inputs.between(maxLegs, 1, MAX_LEGS_CAP, "maxLegs");
		Inputs.between(first, 1, FIRST_CAP, "first");
		boolean onlyActive = !Boolean.FALSE.equals(activeOnly);
		String target = Inputs.locode(to, "to");
		// five characters name a port, two a state; anything else is neither
		String start = from.trim();
		if (start.length() == 5) {
			return queries.fromPort(Inputs.locode(start, "from"), target, maxLegs, onlyActive, first);
		}
		if (start.length() == 2) {
			return queries.fromState(Inputs.iso2(start, "from"), target, maxLegs, onlyActive, first);
		}
		throw new BadRequestException("from",
				"'" + from + "' must be a UN/LOCODE such as BEANR or an ISO 3166-1 alpha-2 code such as EC");
	}

	@BatchMapping(typeName = "PathLeg")
	Map<RoutesBetweenLeg, List<List<Double>>> geometry(List<RoutesBetweenLeg> legs) {
		return geometries.of(legs, RoutesBetweenLeg::from, RoutesBetweenLeg::to);
	}

}
