package org.liaisongraph.route;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * Keeps the yearly seizure totals of states, ports and routes ({@code SeizureTotal}, declared in the
 * graph model), and each port's kilograms shipped from it over all years ({@code ShippedFromTotal},
 * from its yearly totals: {@code queries/shipped-from-totals-refresh.cypher}; its backfill is
 * {@link ShippedFromTotals}), in step with the seizures: every write through {@code api/Writes} in
 * the transaction that changes them (its published change names what it touched), and every import, whose importer
 * asks after each batch which places its rows bear on and has their totals computed again once the
 * rows are written (in its one transaction, or in journalled transactions of its own). It never adds
 * or subtracts by hand: it finds the places and years a change may alter
 * ({@code queries/seizure-totals-affected.cypher}) and computes their totals again with the
 * counting rule ({@code queries/seizure-totals-refresh.cypher}, through {@code seizure-counted}).
 */
@Component
@NamedInterface("totals")
@Order(0)
public class SeizureTotals implements DerivedFact {

	/** The labels of the places that have totals. */
	private static final Set<String> PLACES = Set.of("State", "Port", "TraffickingRoute");

	/** Places per statement, so that a large refresh does not build one huge statement. */
	private static final int CHUNK = 500;

	private final Neo4jClient client;

	private final NamedQueries queries;

	private final StateRouteTotals routeTotals;

	SeizureTotals(Neo4jClient client, NamedQueries queries, StateRouteTotals routeTotals) {
		this.client = client;
		this.queries = queries;
		this.routeTotals = routeTotals;
	}

	/** A write's change: what it touched, as it was and as it is, decides what is computed again. */
	@EventListener
	void on(GraphChange change) {
		var touched = new Touched();
		touched.add(change.entityType() + ":" + change.entityKey());
		if ("Port".equals(change.entityType())) {
			touched.ports.add(change.entityKey());
		}
		if (change.related() != null) {
			change.related().forEach(touched::add);
		}
		Set<Integer> formerYears = new LinkedHashSet<>();
		if ("Seizure".equals(change.entityType()) && change.before() != null) {
			Object seizedOn = change.before().get("seizedOn");
			if (seizedOn != null) {
				formerYears.add(LocalDate.parse(seizedOn.toString()).getYear());
			}
		}
		// a seizure shipped from a port counts for the port's state too, which the change does not name:
		// a seizure moved to another year or port leaves that state's total of its former year
		touched.places.addAll(statesOfPorts(touched.places));
		boolean removedPlace = change.after() == null && PLACES.contains(change.entityType());
		var keys = new LinkedHashSet<Map<String, Object>>();
		Set<Integer> years = new LinkedHashSet<>(formerYears);
		for (var key : affected(touched)) {
			keys.add(key);
			years.add((Integer) key.get("year"));
		}
		// the places the change may have taken seizures away from, in every year concerned
		for (String place : touched.places) {
			for (Integer year : years) {
				keys.add(key(place, year));
			}
		}
		if (removedPlace) {
			keys.add(key(change.entityType() + ":" + change.entityKey(), null));
		}
		refresh(List.copyOf(keys));
		// the states' route totals read the routes' totals
		routeTotals.afterTotals(keys);
	}

	/**
	 * The sources of an import's rows whose grade would change: read before the rows are written,
	 * since only a new grade bears on the totals of the seizures a source already supports (a source
	 * the import creates supports only seizures of the import, which their own rows bring in).
	 * @param reliabilities source id -> the reliability its row gives (null: none)
	 * @return their ids, as {@code Source:id}
	 */
	public Set<String> regradedSources(Map<String, Object> reliabilities) {
		if (reliabilities.isEmpty()) {
			return Set.of();
		}
		var rows = reliabilities.entrySet().stream().map(row -> {
			var source = new HashMap<String, Object>();
			source.put("id", row.getKey());
			source.put("reliability", row.getValue());
			return source;
		}).toList();
		return new LinkedHashSet<>(client.query("""
				UNWIND $rows AS row
				MATCH (s:Source {id: row.id})
				WHERE NOT coalesce(s.reliability = row.reliability, s.reliability IS NULL AND row.reliability IS NULL)
				RETURN 'Source:' + s.id""").bind(rows).to("rows").fetchAs(String.class).all());
	}

	/**
	 * The places whose totals rows of an import may change, read in their batch's transaction just
	 * after they are written, so that the union over the batches covers every total the import
	 * changes: each batch is asked only about what its own rows touch, never about every seizure a
	 * source or port leads to. The import never removes a seizure nor a link, so the places a row
	 * takes seizures away from are the ones it names; all their years are computed again (a row may
	 * move a seizure to another year).
	 * @param touched as {@code Label:key}, the node of each node row and both ends of each
	 * relationship row of the labels and types that {@link #concerns} totals, and the
	 * {@link #regradedSources} (not every source row)
	 * @return places as {@code Label:key}
	 */
	public Set<String> placesAffectedBy(Collection<String> touched) {
		var rows = new Touched();
		touched.forEach(rows::add);
		// a port that gets a state adds its seizures to that state's total, which its row names: the
		// places of those seizures are not looked up
		var places = new LinkedHashSet<String>(rows.places);
		affected(rows).forEach(key -> places.add(key.get("label") + ":" + key.get("key")));
		return places;
	}

	/**
	 * Every yearly total of the places computed again, in the caller's transaction.
	 * @param places as {@code Label:key}
	 */
	public void refreshPlaces(Collection<String> places) {
		refresh(places.stream().map(place -> key(place, null)).toList());
	}

	@Override
	public String name() {
		return "SeizureTotal";
	}

	@Override
	public List<String> labels() {
		return List.of("SeizureTotal");
	}

	@Override
	public String sourceLabel() {
		return "Seizure";
	}

	@Override
	public String description() {
		return "Seizure totals";
	}

	/** Every total computed again from the seizures: the backfill of a graph that has none yet. */
	@Override
	public void rebuild() {
		var places = client.query("""
				MATCH (place) WHERE place:State OR place:Port OR place:TraffickingRoute
				RETURN head(labels(place)) + ':' + coalesce(place.iso2, place.locode, place.id)""")
			.fetchAs(String.class)
			.all();
		client.query("MATCH (total:SeizureTotal) DETACH DELETE total").run();
		client.query("MATCH (shipped:ShippedFromTotal) DETACH DELETE shipped").run();
		refreshPlaces(places);
	}

	/** Whether a relationship type or label of an imported file bears on seizure totals. */
	public static boolean concerns(String labelOrType) {
		return Touched.SEIZURE_LINKS.contains(labelOrType) || "Seizure".equals(labelOrType)
				|| "Source".equals(labelOrType) || "IN_STATE".equals(labelOrType);
	}

	/**
	 * Whether a link of this type, new, from a seizure bears on the totals of the place it leads to
	 * alone: it makes the seizure (and the seizures that are parts of it) about that place, and nothing
	 * else about any other. A port shipped from bears on its state too.
	 */
	public static boolean linksToItsPlaceAlone(String type) {
		return "AT".equals(type) || "ON_ROUTE".equals(type) || "SHIPPED_FROM_STATE".equals(type);
	}

	private List<String> statesOfPorts(Set<String> places) {
		var ports = places.stream().filter(place -> place.startsWith("Port:")).map(place -> place.substring(5)).toList();
		if (ports.isEmpty()) {
			return List.of();
		}
		return List.copyOf(client.query("""
				UNWIND $ports AS locode
				MATCH (:Port {locode: locode})-[:IN_STATE]->(state:State)
				RETURN DISTINCT 'State:' + state.iso2""").bind(ports).to("ports").fetchAs(String.class).all());
	}

	private List<Map<String, Object>> affected(Touched touched) {
		if (touched.seizures.isEmpty() && touched.sources.isEmpty() && touched.ports.isEmpty()) {
			return List.of();
		}
		// planned once, as the import's own statements are: an import grows the graph fast, and Neo4j
		// plans a statement again each time the counts have moved enough (CPU profile of a large import)
		return List.copyOf(client.query("CYPHER replan=skip\n" + queries.get("seizure-totals-affected"))
			.bindAll(Map.of("seizures", List.copyOf(touched.seizures), "sources", List.copyOf(touched.sources),
					"ports", List.copyOf(touched.ports)))
			.fetch()
			.all()
			.stream()
			.map(row -> key(row.get("label") + ":" + row.get("key"), ((Number) row.get("year")).intValue()))
			.toList());
	}

	private void refresh(List<Map<String, Object>> keys) {
		DerivedFact.inChunks(keys, CHUNK, chunk -> {
			client.query(queries.get("seizure-totals-refresh"))
				.bindAll(Map.of("keys", chunk, "illustrativeGrades", Provenance.ILLUSTRATIVE_GRADES))
				.run();
			// a port's kilograms over all years follow its yearly totals, in the same transaction
			refreshShippedFrom(chunk.stream().filter(key -> "Port".equals(key.get("label"))).map(key -> key.get("key")).toList());
		});
	}

	private void refreshShippedFrom(List<Object> ports) {
		if (!ports.isEmpty()) {
			client.query(queries.get("shipped-from-totals-refresh")).bind(ports).to("ports").run();
		}
	}

	/**
	 * Every port's kilograms shipped from it over all years computed again from its yearly totals: the
	 * backfill of a graph whose totals were written before ports had them.
	 */
	void rebuildShippedFrom() {
		client.query("MATCH (shipped:ShippedFromTotal) DETACH DELETE shipped").run();
		var ports = List.<Object>copyOf(client.query("MATCH (port:Port) RETURN port.locode").fetchAs(String.class).all());
		DerivedFact.inChunks(ports, CHUNK, this::refreshShippedFrom);
	}

	/** A place's total of a year ({@code Label:key}; a null year: every year) as the totals' refresh takes it. */
	static Map<String, Object> key(String place, Integer year) {
		int colon = place.indexOf(':');
		var key = new HashMap<String, Object>();
		key.put("label", place.substring(0, colon));
		key.put("key", place.substring(colon + 1));
		key.put("year", year);
		return key;
	}

	/** What a change or an import touched, sorted by what it does to totals. */
	private static final class Touched {

		static final Set<String> SEIZURE_LINKS = Set.of("AT", "SHIPPED_FROM", "SHIPPED_FROM_STATE", "ON_ROUTE",
				"PART_OF");

		final Set<String> seizures = new LinkedHashSet<>();

		final Set<String> sources = new LinkedHashSet<>();

		/** Ports whose state may have changed, so that the seizures shipped from them count for another. */
		final Set<String> ports = new LinkedHashSet<>();

		final Set<String> places = new LinkedHashSet<>();

		void add(String ref) {
			int colon = ref.indexOf(':');
			if (colon < 0) {
				return;
			}
			String label = ref.substring(0, colon);
			String key = ref.substring(colon + 1);
			switch (label) {
				case "Seizure" -> seizures.add(key);
				case "Source" -> sources.add(key);
				case "State", "Port", "TraffickingRoute" -> places.add(ref);
				default -> {
				}
			}
		}

	}

}
