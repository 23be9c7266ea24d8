package org.liaisongraph.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.source.Provenance;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.api.NotFoundException;
import org.liaisongraph.config.LiaisonProperties;
import org.liaisongraph.liaison.LiaisonOfficer;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.CallRole;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Treaty;
import org.springframework.stereotype.Service;

/**
 * Runs {@code queries/port-exposure.cypher}, with the port's yearly seizure totals, and when the
 * client asks for the seizures behind them {@code port-exposure-seizures.cypher}.
 */
@Service
class PortExposureQueries {

	private final GraphReader reader;

	private final NamedQueries queries;

	private final LiaisonProperties properties;

	PortExposureQueries(GraphReader reader, NamedQueries queries, LiaisonProperties properties) {
		this.reader = reader;
		this.queries = queries;
		this.properties = properties;
	}

	/**
	 * The parts of an exposure to read; a part not read is an empty list in the answer.
	 * @param treaties the treaties
	 * @param origins the routes' origin ports and their states
	 * @param facts the graded facts the answer used, and so its grade: only with the treaties, which
	 *              are among them
	 * @param routeIds each call's route read as its id alone, for an answer that shows nothing else of
	 *                 it: never with the facts, which grade the routes
	 */
	record Parts(boolean treaties, boolean origins, boolean facts, boolean routeIds) {

		static final Parts ALL = new Parts(true, true, true, false);

		Parts {
			if (facts && !treaties) {
				throw new IllegalArgumentException("the facts of an exposure include its treaties");
			}
			if (facts && routeIds) {
				throw new IllegalArgumentException("the facts of an exposure include its routes");
			}
		}

	}

	/** The whole exposure, its years with none of their seizures listed. */
	PortExposure exposure(String locode, Integer sinceYear, LocalDate asOf) {
		return exposure(locode, sinceYear, asOf, 0, Parts.ALL);
	}

	/**
	 * The exposure, each year with its largest seizures.
	 * @param seizures how many seizures to list per year, 0 for none
	 * @param parts what to read besides the port, its calls, officers and yearly totals
	 */
	PortExposure exposure(String locode, Integer sinceYear, LocalDate asOf, int seizures, Parts parts) {
		var parameters = new HashMap<String, Object>();
		parameters.put("locode", locode);
		parameters.put("asOf", asOf);
		parameters.put("treaties", parts.treaties());
		parameters.put("origins", parts.origins());
		parameters.put("facts", parts.facts());
		parameters.put("routeIds", parts.routeIds());
		parameters.put("homeState", properties.homeState());
		var rows = reader.records(queries.get("port-exposure"), parameters);
		if (rows.isEmpty()) {
			throw new NotFoundException("port", "locode", locode);
		}
		var row = rows.getFirst();
		Port port = reader.node(Port.class, row.get("port"));
		Map<Integer, List<Seizure>> listed = new HashMap<>();
		if (seizures > 0) {
			var seizureParameters = seizureParameters(locode, sinceYear);
			seizureParameters.put("first", seizures);
			reader.records(queries.get("port-exposure-seizures"), seizureParameters)
				.forEach(r -> listed.put(r.get("year").asInt(), r.get("seizures").asList(z -> reader.node(Seizure.class, z))));
		}
		var years = row.get("years")
			.asList(y -> new PortExposureYear(y.get("seizedAtKg").asDouble(), y.get("shippedFromKg").asDouble(),
					SeizedTotal.read(y.get("place").asString(), y.get("year").asInt(), y.get("seized")),
					listed.getOrDefault(y.get("year").asInt(), List.of())))
			.stream()
			.filter(y -> sinceYear == null || y.year() >= sinceYear)
			.sorted(Comparator.comparingInt(PortExposureYear::year))
			.toList();
		return new PortExposure(port, reader.node(State.class, row.get("state")),
				row.get("calls")
					.asList(c -> new PortExposureCall(
							reader.nodeOrKey(TraffickingRoute.class, c.get("route"), PortExposureQueries::routeOfId), port,
							c.get("seq").asInt(), CallRole.valueOf(c.get("role").asString()))),
				row.get("origins").asList(p -> reader.node(Port.class, p)),
				row.get("originStates").asList(s -> reader.node(State.class, s)), years,
				row.get("officers").asList(o -> reader.node(LiaisonOfficer.class, o)),
				row.get("treaties").asList(t -> reader.node(Treaty.class, t)),
				UsedFact.all(List.copyOf(UsedFact.read(row.get("facts")).values()),
						years.stream().map(y -> y.seized().fact()).toList()));
	}

	/** A route holding its id alone, where the statement sent only that ({@link Parts#routeIds}). */
	private static TraffickingRoute routeOfId(String id) {
		return new TraffickingRoute(id, null, null, null, false, null);
	}

	private static HashMap<String, Object> seizureParameters(String locode, Integer sinceYear) {
		var parameters = new HashMap<String, Object>();
		parameters.put("locode", locode);
		parameters.put("sinceYear", sinceYear);
		// the exposure shows invented facts too, each flagged
		parameters.put("includeIllustrative", true);
		parameters.put("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		return parameters;
	}

}
