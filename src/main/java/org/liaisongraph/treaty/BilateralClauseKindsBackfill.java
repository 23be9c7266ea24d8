package org.liaisongraph.treaty;

import org.liaisongraph.neo4j.PendingBackfill;
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

	private final Neo4jClient client;

	private final BilateralClauseKinds kinds;

	BilateralClauseKindsBackfill(Neo4jClient client, BilateralClauseKinds kinds) {
		this.client = client;
		this.kinds = kinds;
	}

	@Override
	public void run(ApplicationArguments args) {
		PendingBackfill.runIfAsked(client, "BilateralClauseKind", "Clause", "Bilateral clause kinds", kinds::rebuild);
	}

}
