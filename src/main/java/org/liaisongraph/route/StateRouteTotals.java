package org.liaisongraph.route;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.liaisongraph.neo4j.DerivedFact;
import org.liaisongraph.neo4j.NamedQueries;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Keeps the yearly seizure totals of each state's active routes ({@code StateRouteTotals}, declared in
 * the graph model) in step with the two derived facts they are read from: the state's active routes
 * ({@code StateRoutes}, kept by {@link RouteFacts}) and the routes' yearly totals ({@code SeizureTotal},
 * kept by {@link SeizureTotals}). Each of those, in the transaction of the write, computes these again
 * for what it has just computed again: {@link RouteFacts} for the states whose routes it computed
 * (every year), {@link SeizureTotals} for the states of the routes whose totals it computed (those
 * years); whichever goes first, the last reads the final routes and totals. An import computes them
 * in its last transaction, once its routes and totals are final ({@link RouteFacts#afterImport}).
 * Never edited by hand: computed again with their rule ({@code queries/state-route-totals-refresh}).
 * Ordered after the facts it reads, so that a backfill or a rebuild of every fact computes it last.
 */
@Component
@NamedInterface("facts")
@Order(1)
public class StateRouteTotals implements DerivedFact {

	/** The label of a route's seizure totals' places. */
	private static final String ROUTE = "TraffickingRoute";

	/**
	 * States per statement: a state's every year reads each of its routes' totals of each year (some
	 * ten thousand reads for a state with a thousand routes at ten times national scale).
	 */
	private static final int CHUNK = 20;

	private final Neo4jClient client;

	private final NamedQueries queries;

	StateRouteTotals(Neo4jClient client, NamedQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	/** Every year of the states computed again, in the caller's transaction. */
	public void refreshStates(Collection<String> states) {
		refresh(states.stream().distinct().map(state -> key(state, null)).toList());
	}

	/**
	 * After the totals of some places were computed again: the states whose active routes are among
	 * them, in the years computed (a null year: every year).
	 * @param keys {label, key, year} as {@link SeizureTotals} computes them
	 */
	void afterTotals(Collection<Map<String, Object>> keys) {
		var years = new HashMap<String, LinkedHashSet<Integer>>();
		var allYears = new LinkedHashSet<String>();
		for (var key : keys) {
			if (ROUTE.equals(key.get("label"))) {
				years.computeIfAbsent((String) key.get("key"), route -> new LinkedHashSet<>()).add((Integer) key.get("year"));
			}
		}
		if (years.isEmpty()) {
			return;
		}
		var stateKeys = new LinkedHashSet<Map<String, Object>>();
		statesOf(years.keySet()).forEach((state, routes) -> routes.forEach(route -> {
			for (Integer year : years.get(route)) {
				if (year == null) {
					allYears.add(state);
				}
				else {
					stateKeys.add(key(state, year));
				}
			}
		}));
		stateKeys.removeIf(key -> allYears.contains((String) key.get("state")));
		allYears.forEach(state -> stateKeys.add(key(state, null)));
		refresh(List.copyOf(stateKeys));
	}

	/**
	 * Every year of the states whose active routes include one of these places computed again: after
	 * an import that computed their totals again.
	 * @param places as {@code Label:key}; only routes bear on these facts
	 */
	void afterImportedTotals(Collection<String> places) {
		afterTotals(places.stream().map(place -> SeizureTotals.key(place, null)).toList());
	}

	@Override
	public String name() {
		return "StateRouteTotals";
	}

	@Override
	public List<String> labels() {
		return List.of("StateRouteTotals");
	}

	@Override
	public String sourceLabel() {
		return "StateRoutes";
	}

	@Override
	public String description() {
		return "Yearly totals of the states' routes";
	}

	/** Every fact computed again from the graph, in place: also the backfill of a graph that has none. */
	@Override
	public void rebuild() {
		var states = client.query("""
				MATCH (exposure:StateRoutes) RETURN exposure.state AS iso2
				UNION
				MATCH (routeTotals:StateRouteTotals) RETURN routeTotals.state AS iso2""").fetchAs(String.class).all();
		refreshStates(states);
	}

	/** The states whose active routes include some of these, each with those routes. */
	@SuppressWarnings("unchecked")
	private Map<String, List<String>> statesOf(Collection<String> routes) {
		var states = new HashMap<String, List<String>>();
		client.query("""
				MATCH (exposure:StateRoutes)
				WITH exposure.state AS state, [route IN exposure.routes WHERE route IN $routes] AS routes
				WHERE size(routes) > 0
				RETURN state, routes""")
			.bind(List.copyOf(routes))
			.to("routes")
			.fetch()
			.all()
			.forEach(row -> states.put((String) row.get("state"), (List<String>) row.get("routes")));
		return states;
	}

	private void refresh(List<Map<String, Object>> keys) {
		DerivedFact.inChunks(keys, CHUNK,
				chunk -> client.query(queries.get("state-route-totals-refresh")).bind(chunk).to("keys").run());
	}

	private static Map<String, Object> key(String state, Integer year) {
		var key = new HashMap<String, Object>();
		key.put("state", state);
		key.put("year", year);
		return key;
	}

}
