package org.liaisongraph.neo4j;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A derived fact's one computation on a graph that holds the data but not the fact yet: the
 * migration that introduces the fact leaves a {@code PendingBackfill {derived}} node, and the start
 * computes the fact before the reference dataset is loaded and anything is served. The node is
 * removed only once every fact is written, so a start cut short computes them again. On a graph
 * that holds nothing the fact derives from (a first start: the migrations ran on an empty graph) the
 * request is removed without computing: there is nothing to derive, and the dataset's load, like
 * every import, derives the fact of what it writes.
 */
public final class PendingBackfill {

	private static final Logger log = LoggerFactory.getLogger(PendingBackfill.class);

	private PendingBackfill() {
	}

	/**
	 * Runs {@code compute} when a migration asked for {@code derived}'s backfill and the graph holds a
	 * node labelled {@code source}, and logs how long it took.
	 * @param source the label without whose nodes the fact is empty
	 */
	public static void runIfAsked(Neo4jClient client, String derived, String source, String what, Runnable compute) {
		boolean pending = client.query("MATCH (p:PendingBackfill {derived: $derived}) RETURN count(p) > 0")
			.bind(derived)
			.to("derived")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!pending) {
			return;
		}
		long started = System.nanoTime();
		boolean data = client.query("RETURN EXISTS { MATCH (:$($source)) }")
			.bind(source)
			.to("source")
			.fetchAs(Boolean.class)
			.one()
			.orElse(true);
		if (data) {
			compute.run();
		}
		client.query("MATCH (p:PendingBackfill {derived: $derived}) DELETE p").bind(derived).to("derived").run();
		if (data) {
			log.info("{} computed in {} ms", what, (System.nanoTime() - started) / 1_000_000);
		}
		else {
			log.info("{} not computed: the graph holds no {} yet", what, source);
		}
	}

}
