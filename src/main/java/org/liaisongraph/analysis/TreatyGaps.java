package org.liaisongraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Clause;
import org.liaisongraph.treaty.ClauseType;
import org.liaisongraph.treaty.Treaty;
import org.neo4j.driver.Value;

/**
 * One state's treaty coverage against the required clause types.
 *
 * @param treaties     bilateral treaties in force on the date asked
 * @param notInForce   bilateral treaties not in force on that date (signed, terminated, suspended)
 * @param multilateral other treaties in force shared with the home side, reported beside
 * @param covered      required types covered
 * @param missing      required types not covered
 * @param facts        the treaties that decide the gaps (bilateral in force, and the multilateral ones
 *                     when they close gaps) and their clauses, graded
 */
public record TreatyGaps(State state, boolean hasBilateralTreaty, List<Coverage> treaties, List<Treaty> notInForce,
		List<Coverage> multilateral, List<ClauseType> covered, List<ClauseType> missing, List<UsedFact> facts) {

	/** The weakest grade of the facts the row used. */
	public String grade() {
		return UsedFact.grade(facts);
	}

	public boolean illustrative() {
		return Provenance.illustrative(grade());
	}

	/** A treaty with the required types it covers and lacks. */
	public record Coverage(Treaty treaty, List<String> via, List<ClauseType> clauseTypes, List<ClauseType> covers,
			List<ClauseType> missing) {

		static Coverage of(Link link, Set<ClauseType> required) {
			// loops, not streams: a row of treatyGaps at ten times national scale holds a thousand of these
			List<ClauseType> covers = new ArrayList<>(required.size());
			List<ClauseType> missing = new ArrayList<>(required.size());
			for (ClauseType type : required) {
				(link.satisfies(type) ? covers : missing).add(type);
			}
			return new Coverage(link.treaty(), link.via(), List.copyOf(link.types()), Collections.unmodifiableList(covers),
					Collections.unmodifiableList(missing));
		}

	}

	/**
	 * A treaty a state shares with the home side (the home state or a bloc it belongs to), as the
	 * country analyses read it.
	 *
	 * @param bilateral whether the state is the only party outside the home side
	 * @param inForce   whether the treaty is in force on the date of the analysis
	 * @param via       codes of the home-side parties, e.g. BE or EU
	 * @param facts     the treaty and its clauses as graded facts
	 * @param types     every clause type the treaty has
	 */
	record Link(Treaty treaty, boolean bilateral, boolean inForce, List<String> via, List<Clause> clauses,
			Map<String, UsedFact> facts, Set<ClauseType> types) {

		/** Per requirement, the clause types that satisfy it ({@link ClauseType#satisfies}), asked once. */
		private static final Map<ClauseType, ClauseType[]> SATISFIERS = satisfiers();

		private static Map<ClauseType, ClauseType[]> satisfiers() {
			Map<ClauseType, ClauseType[]> satisfiers = new EnumMap<>(ClauseType.class);
			for (ClauseType requirement : ClauseType.values()) {
				satisfiers.put(requirement,
						Arrays.stream(ClauseType.values()).filter(t -> t.satisfies(requirement)).toArray(ClauseType[]::new));
			}
			return satisfiers;
		}

		/**
		 * The links of a {@code shared-treaties-by-state} fragment's result, which decides bilateral and in
		 * force; the clause types are those of the clauses, or of a {@code clauseTypes} list where the
		 * statement read only the types ({@code bilateral-types-by-state}).
		 */
		static List<Link> read(GraphReader reader, Value treaties) {
			return treaties.asList(v -> {
				List<Clause> clauses = v.get("clauses").asList(c -> reader.node(Clause.class, c));
				Set<ClauseType> types = EnumSet.noneOf(ClauseType.class);
				if (v.containsKey("clauseTypes")) {
					v.get("clauseTypes").asList(Value::asString).forEach(type -> types.add(ClauseType.valueOf(type)));
				}
				else {
					clauses.forEach(c -> types.add(c.type()));
				}
				return new Link(reader.nodeOrKey(Treaty.class, v.get("treaty"), Link::treatyOfId), v.get("bilateral").asBoolean(),
						v.get("inForce").asBoolean(), v.get("via").asList(Value::asString), clauses,
						UsedFact.read(v.get("facts")), types);
			});
		}

		/** A treaty holding its id alone, where the statement sent only that (an answer showing nothing else of it). */
		private static Treaty treatyOfId(String id) {
			return new Treaty(id, null, null, null, null, null, null, null);
		}

		/** The treaty and all its clauses, graded. */
		List<UsedFact> usedFacts() {
			return List.copyOf(facts.values().stream()
				.sorted(Comparator.comparing(UsedFact::kind).reversed().thenComparing(UsedFact::key))
				.toList());
		}

		/** The treaty and one of its clauses, graded. */
		List<UsedFact> usedFacts(Clause clause) {
			return List.of(UsedFact.of(facts, "Treaty", treaty.id()), UsedFact.of(facts, "Clause", clause.id()));
		}

		boolean bilateralInForce() {
			return bilateral && inForce;
		}

		boolean satisfies(ClauseType requirement) {
			for (ClauseType type : SATISFIERS.get(requirement)) {
				if (types.contains(type)) {
					return true;
				}
			}
			return false;
		}

		/** Required types none of the links satisfies, in declaration order. */
		static List<ClauseType> missing(Collection<Link> links, Collection<ClauseType> required) {
			Set<ClauseType> missing = EnumSet.copyOf(required);
			missing.removeIf(type -> links.stream().anyMatch(l -> l.satisfies(type)));
			return List.copyOf(missing);
		}

	}

}
