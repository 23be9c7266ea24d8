package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.liaisongraph.source.Provenance;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.liaison.LiaisonOfficer;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.state.State;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Runs {@code queries/liaison-coverage-gaps.cypher}: one statement whatever the number of ports. The
 * gaps' routes and facts are read only for an answer that shows them ({@code details}); without,
 * a gap has no routes and no facts but still its route count, which the statement counts.
 */
@Service
public class LiaisonCoverageQueries {

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties properties;

	LiaisonCoverageQueries(GraphReader reader, NamedQueries queries, LiaisonProperties properties) {
		this.reader = reader;
		this.queries = queries;
		this.properties = properties;
	}

	List<LiaisonCoverageGap> towardPort(String locode, int minRoutes, LocalDate asOf, boolean includeIllustrative,
			boolean details) {
		return gaps(locode, null, minRoutes, asOf, includeIllustrative, details);
	}

	/**
	 * The gaps toward every port of the bloc, with their routes and facts; invented seizures weigh
	 * only with includeIllustrative.
	 */
	public List<LiaisonCoverageGap> towardBloc(String code, int minRoutes, LocalDate asOf,
			boolean includeIllustrative) {
		return towardBloc(code, minRoutes, asOf, includeIllustrative, true);
	}

	List<LiaisonCoverageGap> towardBloc(String code, int minRoutes, LocalDate asOf, boolean includeIllustrative,
			boolean details) {
		return gaps(null, code, minRoutes, asOf, includeIllustrative, details);
	}

	private List<LiaisonCoverageGap> gaps(String port, String bloc, int minRoutes, LocalDate asOf,
			boolean includeIllustrative, boolean details) {
		var parameters = new HashMap<String, Object>();
		parameters.put("port", port);
		parameters.put("bloc", bloc);
		parameters.put("minRoutes", minRoutes);
		parameters.put("asOf", asOf);
		parameters.put("homeState", properties.homeState());
		// the gaps stand on the routes, all of them, each flagged when invented; the kilograms that
		// order them count invented seizures only when asked
		parameters.put("includeIllustrative", includeIllustrative);
		parameters.put("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		parameters.put("details", details);
		Record answer = reader.records(queries.get("liaison-coverage-gaps"), parameters).getFirst();
		if (!answer.get("known").asBoolean()) {
			throw (port != null) ? new NotFoundException("port", "destination", port)
					: new NotFoundException("bloc", "destination", bloc);
		}
		// the routes of all the gaps, each sent and graded once, by id
		var routes = new HashMap<String, TraffickingRoute>();
		answer.get("routes").asList(v -> reader.node(TraffickingRoute.class, v)).forEach(r -> routes.put(r.id(), r));
		var routeFacts = UsedFact.read(answer.get("routeFacts"));
		// the gaps' states, each sent once however many gaps lie in it, by element id
		var states = new HashMap<String, State>();
		answer.get("states").values().forEach(v -> states.put(v.asNode().elementId(), reader.node(State.class, v)));
		return answer.get("gaps").asList(gap -> {
			List<String> routeIds = gap.get("routes").asList(Value::asString);
			return new LiaisonCoverageGap(reader.node(Port.class, gap.get("port")),
					states.get(gap.get("state").asString(null)),
					routeIds.stream().map(routes::get).toList(), gap.get("routeCount").asInt(),
					gap.get("seizedKg").asDouble(),
					gap.get("otherOfficers").asList(v -> reader.node(LiaisonOfficer.class, v)),
					details ? facts(gap, routeIds.stream().map(id -> UsedFact.of(routeFacts, "TraffickingRoute", id)).toList())
							: List.of());
		});
	}

	/** The port and its routes, then the port's yearly totals the kilograms were read from. */
	private static List<UsedFact> facts(Value gap, List<UsedFact> routeFacts) {
		String place = gap.get("portPlace").asString();
		List<UsedFact> totals = gap.get("shippedByYear")
			.asList(year -> SeizedTotal.read(place, year.get("year").asInt(), year.get("shipped")).fact());
		return UsedFact.all(UsedFact.read(gap.get("facts")).values(), routeFacts, totals);
	}

}
