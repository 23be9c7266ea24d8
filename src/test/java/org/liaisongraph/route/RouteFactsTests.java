package org.liaisongraph.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The derived route facts are those their rules give on the graph as it is, after each kind of write
 * and after an import. On the fixture, every route is invented (source "illustrative", F):
 * r-gye-anr calls at Guayaquil (EC) then Antwerp (BE); r-ctg-mit-rtm at Cartagena (CO), Manzanillo
 * (PA), Rotterdam (NL); r-gye-rtm-old, disused, at Guayaquil then Rotterdam. A route's calls read
 * "route: ports in seq order", then whether it is disused or invented (a star); a state's routes "state: routes | ports", an invented route, or a
 * port only invented routes call at, marked with a star.
 */
class RouteFactsTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	/** The live rule of a route's calls, in the facts' form. */
	private static final String LIVE_CALLS = """
			MATCH (route:TraffickingRoute)
			OPTIONAL MATCH (route)-[call:CALLS_AT]->(port:Port)
			WITH route, call, port ORDER BY call.seq
			WITH route, collect(port.locode) AS ports
			RETURN route.id + ':' + reduce(text = '', locode IN ports | text + ' ' + locode)
			       + CASE WHEN route.active THEN '' ELSE ' (disused)' END
			       + CASE WHEN {{illustrative(route)}} THEN ' *' ELSE '' END AS calls ORDER BY calls""";

	private static final String STORED_CALLS = """
			MATCH (calls:RouteCalls)
			RETURN calls.route + ':' + reduce(text = '', locode IN calls.ports | text + ' ' + locode)
			       + CASE WHEN calls.active THEN '' ELSE ' (disused)' END + CASE WHEN calls.illustrative THEN ' *' ELSE '' END
			       AS calls
			ORDER BY calls""";

	/** The live rule of a state's active routes, as countryPriorities read it before they were derived. */
	private static final String LIVE_STATES = """
			MATCH (state:State)<-[:IN_STATE]-(port:Port)<-[:CALLS_AT]-(route:TraffickingRoute)
			WHERE route.active
			WITH DISTINCT state, port, route
			WITH state, port, route, {{illustrative(route)}} AS illustrative
			CALL (state) {
			  MATCH (state)<-[:IN_STATE]-(:Port)<-[:CALLS_AT]-(route:TraffickingRoute) WHERE route.active
			  WITH DISTINCT route
			  WITH route.id + CASE WHEN {{illustrative(route)}} THEN '*' ELSE '' END AS route ORDER BY route
			  RETURN collect(route) AS routes
			}
			WITH state, routes, port.locode AS locode, count(CASE WHEN NOT illustrative THEN route END) = 0 AS onlyInvented
			WITH state, routes, locode + CASE WHEN onlyInvented THEN '*' ELSE '' END AS port ORDER BY port
			WITH state.iso2 AS state, routes, collect(port) AS ports
			RETURN state + ': ' + reduce(text = '', r IN routes | text + r + ' ') + '| '
			       + reduce(text = '', p IN ports | text + p + ' ') AS exposure
			ORDER BY exposure""";

	private static final String STORED_STATES = """
			MATCH (e:StateRoutes)
			WITH e.state AS state,
			     [i IN range(0, size(e.routes) - 1) | e.routes[i] + CASE WHEN e.routeIllustrative[i] THEN '*' ELSE '' END] AS routes,
			     [i IN range(0, size(e.ports) - 1) | e.ports[i] + CASE WHEN e.portIllustrative[i] THEN '*' ELSE '' END] AS ports
			RETURN state + ': ' + reduce(text = '', r IN routes | text + r + ' ') + '| '
			       + reduce(text = '', p IN ports | text + p + ' ') AS exposure
			ORDER BY exposure""";

	/**
	 * The live rule of the ports each of a state's active routes passes before its last call there, as
	 * liaisonCoverageGaps read them before they were derived: from the calls' seq, not from RouteCalls.
	 */
	private static final String LIVE_FEEDERS = """
			MATCH (state:State)<-[:IN_STATE]-(:Port)<-[at:CALLS_AT]-(route:TraffickingRoute)
			WHERE route.active
			WITH state, route, max(at.seq) AS last
			OPTIONAL MATCH (route)-[before:CALLS_AT]->(passed:Port)
			WHERE before.seq < last AND NOT (passed)-[:IN_STATE]->(state)
			WITH DISTINCT state.iso2 AS state, route.id AS route, passed.locode AS locode
			ORDER BY state, route, locode
			WITH state, collect(locode + ' ' + route) AS feeders
			RETURN state + ':' + reduce(text = '', feeder IN feeders | text + ' ' + feeder) AS feeders
			ORDER BY feeders""";

	private static final String STORED_FEEDERS = """
			MATCH (e:StateRoutes)
			RETURN e.state + ':' + reduce(text = '', feeder IN e.feeders | text + ' ' + feeder) AS feeders
			ORDER BY feeders""";

	@Autowired
	private NamedQueries queries;

	@Autowired
	private RouteFacts facts;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void anImportLeavesEachRoutesCallsAndEachStatesActiveRoutes() {
		assertThat(calls()).containsExactly("r-ctg-mit-rtm: COCTG PAMIT NLRTM *", "r-gye-anr: ECGYE BEANR *",
				"r-gye-rtm-old: ECGYE NLRTM (disused) *");
		assertThat(states()).containsExactly("BE: r-gye-anr* | BEANR* ", "CO: r-ctg-mit-rtm* | COCTG* ",
				"EC: r-gye-anr* | ECGYE* ", "NL: r-ctg-mit-rtm* | NLRTM* ", "PA: r-ctg-mit-rtm* | PAMIT* ");
	}

	@Test
	void addingAndRemovingACallMovesTheRouteBetweenStates() {
		mutate("updateTraffickingRoute", Map.of("id", "r-gye-anr", "version", 1, "calls",
				List.of(call("ECGYE", "ORIGIN"), call("PAMIT", "TRANSIT"), call("BEANR", "DESTINATION")), "source", SOURCE));
		assertThat(calls()).contains("r-gye-anr: ECGYE PAMIT BEANR *");
		assertThat(states()).contains("PA: r-ctg-mit-rtm* r-gye-anr* | PAMIT* ");
		// Antwerp is reached past Guayaquil and Manzanillo; Manzanillo past Cartagena and Guayaquil
		assertThat(feeders()).containsExactly("BE: ECGYE r-gye-anr PAMIT r-gye-anr", "CO:", "EC:",
				"NL: COCTG r-ctg-mit-rtm PAMIT r-ctg-mit-rtm", "PA: COCTG r-ctg-mit-rtm ECGYE r-gye-anr");
		mutate("updateTraffickingRoute", Map.of("id", "r-gye-anr", "version", 2, "calls",
				List.of(call("PAMIT", "ORIGIN"), call("BEANR", "DESTINATION")), "source", SOURCE));
		assertThat(calls()).contains("r-gye-anr: PAMIT BEANR *");
		assertThat(states()).noneMatch(state -> state.startsWith("EC:"));
	}

	@Test
	void aDeactivatedRouteLeavesItsStatesAndARemovedOneItsCalls() {
		mutate("updateTraffickingRoute", Map.of("id", "r-gye-anr", "version", 1, "active", false, "source", SOURCE));
		assertThat(states()).noneMatch(state -> state.startsWith("BE:") || state.startsWith("EC:"));
		mutate("updateTraffickingRoute", Map.of("id", "r-gye-rtm-old", "version", 1, "active", true, "source", SOURCE));
		assertThat(states()).contains("EC: r-gye-rtm-old* | ECGYE* ", "NL: r-ctg-mit-rtm* r-gye-rtm-old* | NLRTM* ");
		mutate("removeTraffickingRoute", Map.of("id", "r-ctg-mit-rtm", "version", 1, "source", SOURCE));
		assertThat(calls()).containsExactly("r-gye-anr: ECGYE BEANR (disused) *", "r-gye-rtm-old: ECGYE NLRTM *");
		assertThat(states()).containsExactly("EC: r-gye-rtm-old* | ECGYE* ", "NL: r-gye-rtm-old* | NLRTM* ");
	}

	@Test
	void aSourcesNewGradeSaysWhetherItsRoutesAreInvented() {
		mutate("updateSource", Map.of("id", "illustrative", "version", 1, "reliability", "E"));
		assertThat(calls()).contains("r-gye-anr: ECGYE BEANR");
		assertThat(states()).contains("BE: r-gye-anr | BEANR ", "PA: r-ctg-mit-rtm | PAMIT ");
	}

	/**
	 * A port's UN/LOCODE names its state, so no write moves it to another; a port that had none gets
	 * it by an import, and the routes calling there then call at that state.
	 */
	@Test
	void aPortThatGetsItsStateBringsItsRoutesToTheState() {
		neo4j.query("MATCH (:Port {locode: 'ECGYE'})-[r:IN_STATE]->() DELETE r").run();
		facts.rebuild();
		assertThat(states()).noneMatch(state -> state.startsWith("EC:"));
		importer.importFiles(List.of(new ImportFile("IN_STATE.csv", "fromLabel,from,to,source\nPort,ECGYE,EC,src-a\n")));
		assertThat(states()).contains("EC: r-gye-anr* | ECGYE* ");
	}

	@Test
	void anImportedRouteAndItsCallsAreDerivedInTheImport() {
		importer.importFiles(List.of(
				new ImportFile("TraffickingRoute.csv",
						"id,name,commodity,modality,active,source\nr-mit-anr,Manzanillo - Antwerp,COCAINE,CONTAINER,true,src-a\n"),
				new ImportFile("CALLS_AT.csv", "from,to,seq,role,source\nr-mit-anr,PAMIT,0,ORIGIN,src-a\n"
						+ "r-mit-anr,BEANR,1,DESTINATION,src-a\n")));
		assertThat(calls()).contains("r-mit-anr: PAMIT BEANR");
		// a real route: Antwerp is no longer on invented routes only
		assertThat(states()).contains("BE: r-gye-anr* r-mit-anr | BEANR ", "PA: r-ctg-mit-rtm* r-mit-anr | PAMIT ");
	}

	/** The stored calls of each route, after checking that they are the live rule's. */
	private List<String> calls() {
		List<String> live = List.copyOf(neo4j.query(queries.assemble(LIVE_CALLS, "RouteFactsTests"))
			.bindAll(Map.of("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES))
			.fetchAs(String.class)
			.all());
		List<String> stored = List.copyOf(neo4j.query(STORED_CALLS).fetchAs(String.class).all());
		assertThat(stored).as("the stored calls are the rule's").isEqualTo(live);
		return stored;
	}

	/** The stored states' routes, after checking that they are the live rule's. */
	private List<String> states() {
		var parameters = Map.<String, Object>of("illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES);
		List<String> live = List.copyOf(neo4j.query(queries.assemble(LIVE_STATES, "RouteFactsTests"))
			.bindAll(parameters)
			.fetchAs(String.class)
			.all());
		List<String> stored = List.copyOf(neo4j.query(STORED_STATES).fetchAs(String.class).all());
		assertThat(stored).as("the stored routes of each state are the rule's").isEqualTo(live);
		feeders();
		return stored;
	}

	/** The ports each state's routes pass before their last call there, after checking them against the live rule. */
	private List<String> feeders() {
		List<String> live = List.copyOf(neo4j.query(LIVE_FEEDERS).fetchAs(String.class).all());
		List<String> stored = List.copyOf(neo4j.query(STORED_FEEDERS).fetchAs(String.class).all());
		assertThat(stored).as("the stored ports passed by each state's routes are the rule's").isEqualTo(live);
		return stored;
	}

	private static Map<String, Object> call(String port, String role) {
		return Map.of("port", port, "role", role);
	}

	private void mutate(String document, Map<String, Object> input) {
		editor().documentName(document).variable("input", input).execute().errors().verify();
	}

}
