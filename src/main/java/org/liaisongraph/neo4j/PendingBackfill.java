package org.liaisongraph.neo4j;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A derived fact's one computation on a graph that holds the data but not the fact yet: the
 * migration that introduces the fact leaves a {@code PendingBackfill {derived}} node, and the start
 * computes the fact before the reference dataset is loaded and anything is served. The node is
 * removed only once every fact is written, so a start cut short computes them again.
 */
public final class PendingBackfill {

	private static final Logger log = LoggerFactory.getLogger(PendingBackfill.class);

	private PendingBackfill() {
	}

	/** Runs {@code compute} when a migration asked for {@code derived}'s backfill, and logs how long it took. */
	public static void runIfAsked(Neo4jClient client, String derived, String what, Runnable compute) {
		boolean pending = client.query("MATCH (p:PendingBackfill {derived: $derived}) RETURN count(p) > 0")
			.bind(derived)
			.to("derived")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (pending) {
			long started = System.nanoTime();
			compute.run();
			client.query("MATCH (p:PendingBackfill {derived: $derived}) DELETE p").bind(derived).to("derived").run();
			log.info("{} computed in {} ms", what, (System.nanoTime() - started) / 1_000_000);
		}
	}

}
