package org.liaisongraph.treaty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaisongraph.api.GraphChange;
import org.liaisongraph.neo4j.DerivedFact;
import org.liaisongraph.neo4j.NamedQueries;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Keeps the kinds of clause of the bilateral treaties between each home state and each other state,
 * with the spans of days on which they are in force ({@code BilateralClauseKind}, declared in the
 * graph model), in step with the treaties, their parties and clauses and the blocs' memberships:
 * every write through {@code api/Writes} in the transaction that changes them (from its published
 * change), and every import in its last transaction. It never edits a span by hand: it finds the
 * pairs of states a change may alter ({@code queries/bilateral-clause-kinds-affected.cypher}) and
 * computes their kinds again with the rules themselves
 * ({@code queries/bilateral-clause-kinds-refresh.cypher}, through {@code home-side} and
 * {@code bilateral-in-force-with}).
 */
@Component
@NamedInterface("kinds")
@Order(0)
public class BilateralClauseKinds implements DerivedFact {

	/** Pairs of one home beyond which its kinds are computed whole, which reads its treaties once. */
	private static final int PAIRS_PER_HOME = 20;

	/** Units per statement, so that a large refresh does not build one huge statement. */
	private static final int CHUNK = 200;

	private final Neo4jClient client;

	private final NamedQueries queries;

	BilateralClauseKinds(Neo4jClient client, NamedQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	/** A write's change: the parties a treaty had and has, a clause's treaty, a state's memberships. */
	@EventListener
	void on(GraphChange change) {
		var touched = new Touched();
		switch (change.entityType()) {
			case "Treaty" -> {
				// the parties' labels, which the snapshots do not keep, from the change's related entities
				Map<String, List<String>> labels = new HashMap<>();
				if (change.related() != null) {
					for (String ref : change.related()) {
						int colon = ref.indexOf(':');
						labels.computeIfAbsent(ref.substring(colon + 1), key -> new ArrayList<>()).add(ref.substring(0, colon));
					}
				}
				touched.partySet(change.before(), labels);
				touched.partySet(change.after(), labels);
			}
			case "Clause" -> {
				if (change.related() != null) {
					change.related().forEach(touched::add);
				}
			}
			case "State" -> {
				if (change.after() == null) {
					// removed with its memberships
					touched.homes.add(change.entityKey());
				}
				else if (change.related() != null) {
					// a membership's change names its bloc
					change.related()
						.stream()
						.filter(ref -> ref.startsWith("Bloc:"))
						.forEach(bloc -> touched.memberships
							.add(Map.of("state", change.entityKey(), "bloc", bloc.substring("Bloc:".length()))));
				}
			}
			default -> {
			}
		}
		refresh(touched);
	}

	/** Whether a label or relationship type of an imported file bears on the clause kinds. */
	public static boolean concerns(String labelOrType) {
		return Set.of("Treaty", "Clause", "PARTY_TO", "HAS_CLAUSE", "MEMBER_OF").contains(labelOrType);
	}

	/**
	 * The kinds an import's rows may have changed computed again, in the caller's transaction.
	 * @param touched see {@link #unitsTouchedBy}
	 */
	public void refreshImported(Collection<String> touched) {
		run(units(touchedBy(touched)));
	}

	/**
	 * What an import's rows may have changed of the kinds, as units a large import computes a few at
	 * a time and records in its journal: a whole home ({@code "BE"}) or one pair ({@code "BE/CO"}).
	 * @param touched as {@code Label:key}: the treaties and clauses of its rows, the treaty of each of
	 * its PARTY_TO and HAS_CLAUSE rows, and the state of each of its MEMBER_OF rows (the import never
	 * removes a party, a clause nor a membership, so the treaties' parties now say every pair)
	 */
	public List<String> unitsTouchedBy(Collection<String> touched) {
		return units(touchedBy(touched)).stream()
			.map(unit -> (unit.get("state") == null) ? (String) unit.get("home") : unit.get("home") + "/" + unit.get("state"))
			.toList();
	}

	private static Touched touchedBy(Collection<String> refs) {
		var touched = new Touched();
		refs.forEach(touched::add);
		return touched;
	}

	/** The kinds of these units ({@link #unitsTouchedBy}) computed again, in the caller's transaction. */
	public void refreshUnits(List<String> units) {
		run(units.stream().map(unit -> {
			int slash = unit.indexOf('/');
			return (slash < 0) ? wholeHome(unit) : pair(unit.substring(0, slash), unit.substring(slash + 1));
		}).toList());
	}

	@Override
	public String name() {
		return "BilateralClauseKind";
	}

	@Override
	public List<String> labels() {
		return List.of("BilateralClauseKind");
	}

	@Override
	public String sourceLabel() {
		return "Clause";
	}

	@Override
	public String description() {
		return "Bilateral clause kinds";
	}

	/** Every kind computed again: the backfill of a graph that has none yet. */
	@Override
	public void rebuild() {
		client.query("MATCH (kind:BilateralClauseKind) DETACH DELETE kind").run();
		var homes = client.query("MATCH (home:State) RETURN home.iso2").fetchAs(String.class).all();
		run(homes.stream().map(BilateralClauseKinds::wholeHome).toList());
	}

	private void refresh(Touched touched) {
		run(units(touched));
	}

	private List<Map<String, Object>> units(Touched touched) {
		if (touched.isEmpty()) {
			return List.of();
		}
		Map<String, Set<String>> statesByHome = new LinkedHashMap<>();
		touched.homes.forEach(home -> statesByHome.put(home, null));
		if (!touched.partySets.isEmpty() || !touched.treaties.isEmpty() || !touched.clauses.isEmpty()
				|| !touched.memberships.isEmpty()) {
			client.query(queries.get("bilateral-clause-kinds-affected"))
				.bindAll(Map.of("partySets", touched.partySets, "treaties", List.copyOf(touched.treaties), "clauses",
						List.copyOf(touched.clauses), "memberships", List.copyOf(touched.memberships)))
				.fetch()
				.all()
				.forEach(pair -> {
					String home = (String) pair.get("home");
					if (!statesByHome.containsKey(home) || statesByHome.get(home) != null) {
						statesByHome.computeIfAbsent(home, h -> new LinkedHashSet<>()).add((String) pair.get("state"));
					}
				});
		}
		List<Map<String, Object>> units = new ArrayList<>();
		statesByHome.forEach((home, states) -> {
			if (states == null || states.size() > PAIRS_PER_HOME) {
				units.add(wholeHome(home));
			}
			else {
				states.forEach(state -> units.add(pair(home, state)));
			}
		});
		return units;
	}

	private void run(List<Map<String, Object>> units) {
		// a whole home is a statement of its own: at ten times national scale 200 of them in one
		// statement outgrew the transaction memory of a 512 MiB heap; pairs are small and go together
		List<Map<String, Object>> pairs = new ArrayList<>();
		for (var unit : units) {
			if (unit.get("state") == null) {
				refreshInOneStatement(List.of(unit));
			}
			else {
				pairs.add(unit);
			}
		}
		DerivedFact.inChunks(pairs, CHUNK, this::refreshInOneStatement);
	}

	private void refreshInOneStatement(List<Map<String, Object>> units) {
		client.query(queries.get("bilateral-clause-kinds-refresh")).bind(units).to("units").run();
	}

	private static Map<String, Object> wholeHome(String home) {
		return pair(home, null);
	}

	private static Map<String, Object> pair(String home, String state) {
		var unit = new HashMap<String, Object>();
		unit.put("home", home);
		unit.put("state", state);
		return unit;
	}

	/** What a change or an import touched, sorted by what it does to the kinds. */
	private static final class Touched {

		final List<List<Map<String, String>>> partySets = new ArrayList<>();

		final Set<String> treaties = new LinkedHashSet<>();

		final Set<String> clauses = new LinkedHashSet<>();

		/** Memberships changed, as {state, bloc}. */
		final Set<Map<String, String>> memberships = new LinkedHashSet<>();

		/** States whose every pair is computed again: an import's members of blocs, a state removed. */
		final Set<String> homes = new LinkedHashSet<>();

		void add(String ref) {
			int colon = ref.indexOf(':');
			if (colon < 0) {
				return;
			}
			String key = ref.substring(colon + 1);
			switch (ref.substring(0, colon)) {
				case "Treaty" -> treaties.add(key);
				case "Clause" -> clauses.add(key);
				case "State" -> homes.add(key);
				default -> {
				}
			}
		}

		/** The parties a treaty's snapshot lists, each with its label (both when a key could be either). */
		void partySet(Map<String, Object> snapshot, Map<String, List<String>> labels) {
			if (snapshot == null || !(snapshot.get("parties") instanceof List<?> parties)) {
				return;
			}
			List<Map<String, String>> set = new ArrayList<>();
			for (Object party : parties) {
				Object key = (party instanceof Map<?, ?> link) ? link.get("party") : party;
				for (String label : labels.getOrDefault(String.valueOf(key), List.of("State", "Bloc"))) {
					set.add(Map.of("label", label, "key", String.valueOf(key)));
				}
			}
			partySets.add(set);
		}

		boolean isEmpty() {
			return partySets.isEmpty() && treaties.isEmpty() && clauses.isEmpty() && memberships.isEmpty()
					&& homes.isEmpty();
		}

	}

}
