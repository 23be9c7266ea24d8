package org.liaisongraph.route;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.liaisongraph.api.GraphChange;
import org.liaisongraph.neo4j.DerivedFact;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.Provenance;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Keeps the derived route facts ({@code RouteCalls}, {@code StateRoutes}, declared in the graph
 * model) in step with the routes, their calls, the ports' states and the sources' grades: every write
 * through {@code api/Writes} in the transaction that makes it (its published change names what it
 * touched), and every import in its last transaction. Like the seizure totals, it never edits a fact
 * by hand: it finds the routes and states a change may alter ({@code queries/route-facts-affected})
 * and computes their facts again with their rules ({@code queries/route-calls-refresh},
 * {@code queries/state-routes-refresh}).
 */
@Component
@NamedInterface("facts")
@Order(0)
public class RouteFacts implements DerivedFact {

	/** The labels and types of an import whose rows may change the route facts. */
	private static final Set<String> CONCERNED = Set.of("TraffickingRoute", "CALLS_AT", "Port", "IN_STATE", "State",
			"Source");

	/** Routes or states per statement, so that a large refresh does not build one huge statement. */
	private static final int CHUNK = 1000;

	private final Neo4jClient client;

	private final NamedQueries queries;

	private final StateRouteTotals routeTotals;

	RouteFacts(Neo4jClient client, NamedQueries queries, StateRouteTotals routeTotals) {
		this.client = client;
		this.queries = queries;
		this.routeTotals = routeTotals;
	}

	/** A write's change: only a route, a port, a state or a source's grade bears on the facts. */
	@EventListener
	void on(GraphChange change) {
		String key = change.entityKey();
		boolean removed = change.after() == null;
		switch (change.entityType()) {
			case "TraffickingRoute" -> refresh(List.of(key), List.of(), List.of(), List.of(), List.of());
			case "Port" -> refresh(List.of(), List.of(key), removed ? List.of(key) : List.of(), List.of(), List.of());
			case "State" -> refresh(List.of(), List.of(), List.of(), List.of(), List.of(key));
			case "Source" -> {
				if (change.before() == null || removed
						|| !Objects.equals(change.before().get("reliability"), change.after().get("reliability"))) {
					refresh(List.of(), List.of(), List.of(), List.of(key), List.of());
				}
			}
			default -> {
			}
		}
	}

	/**
	 * After an import's rows, in its last transaction, once its seizure totals are computed: every fact
	 * computed again when its files hold routes, calls, ports, their states or sources (a source's grade
	 * says whether a route is invented), since the import may have changed any of them; otherwise the
	 * yearly totals of the states' routes ({@link StateRouteTotals}) of the routes whose seizure totals
	 * it computed again.
	 * @param targets the labels and relationship types of the import's files
	 * @param totalsPlaces the places whose seizure totals the import computed again, as {@code Label:key}
	 */
	public void afterImport(Collection<String> targets, Collection<String> totalsPlaces) {
		if (targets.stream().anyMatch(CONCERNED::contains)) {
			rebuild();
			routeTotals.rebuild();
		}
		else {
			routeTotals.afterImportedTotals(totalsPlaces);
		}
	}

	@Override
	public String name() {
		return "RouteFacts";
	}

	@Override
	public List<String> labels() {
		return List.of("RouteCalls", "StateRoutes");
	}

	@Override
	public String sourceLabel() {
		return "TraffickingRoute";
	}

	@Override
	public String description() {
		return "Route facts";
	}

	/** Every fact computed again from the graph, in place: also the backfill of a graph that has none. */
	@Override
	public void rebuild() {
		var routes = client.query("""
				MATCH (route:TraffickingRoute) RETURN route.id AS id
				UNION
				MATCH (calls:RouteCalls) RETURN calls.route AS id""").fetchAs(String.class).all();
		var states = client.query("""
				MATCH (state:State) RETURN state.iso2 AS iso2
				UNION
				MATCH (exposure:StateRoutes) RETURN exposure.state AS iso2""").fetchAs(String.class).all();
		// the routes first: a state's routes are read from theirs
		refreshRoutes(List.copyOf(routes));
		refreshStates(List.copyOf(states));
	}

	@SuppressWarnings("unchecked")
	private void refresh(List<String> routes, List<String> ports, List<String> removedPorts, List<String> sources,
			List<String> states) {
		var affected = client.query(queries.get("route-facts-affected"))
			.bindAll(Map.of("routes", routes, "ports", ports, "removedPorts", removedPorts, "sources", sources, "states",
					states))
			.fetch()
			.one()
			.orElseThrow();
		refreshRoutes(List.copyOf(new LinkedHashSet<>((List<String>) affected.get("routes"))));
		var affectedStates = List.copyOf(new LinkedHashSet<>((List<String>) affected.get("states")));
		refreshStates(affectedStates);
		// a state's route totals follow its routes' order
		routeTotals.refreshStates(affectedStates);
	}

	private void refreshRoutes(List<String> routes) {
		refreshInChunks("route-calls-refresh", "routes", routes);
	}

	private void refreshStates(List<String> states) {
		refreshInChunks("state-routes-refresh", "states", states);
	}

	private void refreshInChunks(String query, String parameter, List<String> keys) {
		DerivedFact.inChunks(keys, CHUNK, chunk -> client.query(queries.get(query))
			.bindAll(Map.of(parameter, chunk, "illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES))
			.run());
	}

}
