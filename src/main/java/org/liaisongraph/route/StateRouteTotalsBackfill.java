package org.liaisongraph.route;

import org.liaisongraph.neo4j.PendingBackfill;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Computes the yearly totals of the states' active routes once, at the start after the migration that
 * asks for it (a {@code PendingBackfill} node, {@code graph-schema/V0090}), before the reference
 * dataset is loaded and anything is served; the request is removed only once every fact is written, so
 * a start cut short computes them again. After the seizure totals' and route facts' backfills, which
 * it reads.
 */
@Component
@Order(0)
class StateRouteTotalsBackfill implements ApplicationRunner {

	private final Neo4jClient client;

	private final StateRouteTotals totals;

	StateRouteTotalsBackfill(Neo4jClient client, StateRouteTotals totals) {
		this.client = client;
		this.totals = totals;
	}

	@Override
	public void run(ApplicationArguments args) {
		PendingBackfill.runIfAsked(client, "StateRouteTotals", "StateRoutes", "Yearly totals of the states' routes",
				totals::rebuild);
	}

}
