package org.liaisongraph.analysis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.liaisongraph.source.Provenance;
import org.liaisongraph.source.Sourced;
import org.neo4j.driver.Value;

/**
 * A fact an analysis row used: its label or relationship type, its business key (for a
 * relationship the keys of its ends and its year, {@code EC>TI-CPI 2023}, as dataQuality lists it)
 * and its grade, computed by the statement ({@code used-fact} fragment) or, for a relationship
 * fact, from the one source it carries.
 */
record UsedFact(String kind, String key, String grade) {

	boolean illustrative() {
		return Provenance.illustrative(grade);
	}

	/** The facts a statement graded ({@code used-fact} maps), by kind and key. */
	static Map<String, UsedFact> read(Value facts) {
		Map<String, UsedFact> byKey = new LinkedHashMap<>();
		facts.asList(v -> new UsedFact(v.get("kind").asString(), v.get("key").asString(),
				v.get("grade").isNull() ? null : v.get("grade").asString()))
			.forEach(f -> byKey.put(f.kind() + ":" + f.key(), f));
		return byKey;
	}

	/** The graded fact of this kind and key among those a statement graded. */
	static UsedFact of(Map<String, UsedFact> graded, String kind, String key) {
		return graded.getOrDefault(kind + ":" + key, new UsedFact(kind, key, null));
	}

	/** A fact held by a relationship, graded by its one source. */
	static UsedFact of(String type, String key, Sourced fact) {
		return new UsedFact(type, key, (fact.source() != null) ? fact.source().reliability() : null);
	}

	/** The facts of several lists, each once, in order. */
	@SafeVarargs
	static List<UsedFact> all(Collection<UsedFact>... lists) {
		return List.copyOf(new LinkedHashSet<>(Stream.of(lists).flatMap(Collection::stream).toList()));
	}

	/** The grade of a row that used these facts: the weakest of theirs ({@link Provenance#weakest}). */
	static String grade(Collection<UsedFact> facts) {
		return Provenance.weakest(facts.stream().map(UsedFact::grade).toList());
	}

}
