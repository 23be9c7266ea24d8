package org.liaisongraph.treaty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Computes the bilateral clause kinds once, at the start after the migration that asks for it (a
 * {@code PendingBackfill} node, {@code graph-schema/V0073}), before the reference dataset is loaded
 * and anything is served; the request is removed only once every kind is written, so a start cut
 * short computes them again.
 */
@Component
@Order(-1)
class BilateralClauseKindsBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BilateralClauseKindsBackfill.class);

	private final Neo4jClient client;

	private final BilateralClauseKinds kinds;

	BilateralClauseKindsBackfill(Neo4jClient client, BilateralClauseKinds kinds) {
		this.client = client;
		this.kinds = kinds;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean pending = client.query("MATCH (p:PendingBackfill {derived: 'BilateralClauseKind'}) RETURN count(p) > 0")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (pending) {
			long started = System.nanoTime();
			kinds.rebuild();
			client.query("MATCH (p:PendingBackfill {derived: 'BilateralClauseKind'}) DELETE p").run();
			log.info("Bilateral clause kinds computed in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
	}

}
