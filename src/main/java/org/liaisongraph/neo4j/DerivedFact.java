package org.liaisongraph.neo4j;

import java.util.List;
import java.util.function.Consumer;

/**
 * A fact the graph keeps derived from other facts by a rule (yearly seizure totals, route facts,
 * bilateral clause kinds), declared in the graph model: every write and import keeps it in step, and
 * {@link PendingBackfill} computes it whole on a graph that holds the data but not the fact yet. Each
 * one is a bean; the backfill, and the tests that rebuild the facts of hand-written fixtures, take
 * them all from here rather than naming each, in the beans' {@code @Order}: a fact read from other
 * derived facts is ordered after them, so that it is computed from their final values.
 */
public interface DerivedFact {

	/** The name a migration asks its backfill by: {@code PendingBackfill {derived: name}}. */
	String name();

	/** The derived labels it writes, as the graph model declares them. */
	List<String> labels();

	/** The label without whose nodes the fact is empty, so that an empty graph computes nothing. */
	String sourceLabel();

	/** What the log calls it. */
	String description();

	/** The whole fact computed again from the graph, in place. */
	void rebuild();

	/**
	 * The work done on consecutive parts of at most {@code size} items, in order: a fact computed again
	 * for many places takes one statement per part, not one huge statement.
	 */
	static <T> void inChunks(List<T> items, int size, Consumer<List<T>> work) {
		for (int from = 0; from < items.size(); from += size) {
			work.accept(items.subList(from, Math.min(items.size(), from + size)));
		}
	}

}
