package org.liaisongraph.route;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Computes the derived route facts once, at the start after the migration that asks for it (a
 * {@code PendingBackfill} node, {@code graph-schema/V0075}), before the reference dataset is loaded
 * and anything is served; the request is removed only once every fact is written, so a start cut
 * short computes them again.
 */
@Component
@Order(-1)
class RouteFactsBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RouteFactsBackfill.class);

	private final Neo4jClient client;

	private final RouteFacts facts;

	RouteFactsBackfill(Neo4jClient client, RouteFacts facts) {
		this.client = client;
		this.facts = facts;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean pending = client.query("MATCH (p:PendingBackfill {derived: 'RouteFacts'}) RETURN count(p) > 0")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (pending) {
			long started = System.nanoTime();
			facts.rebuild();
			client.query("MATCH (p:PendingBackfill {derived: 'RouteFacts'}) DELETE p").run();
			log.info("Route facts computed in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
	}

}
