package org.liaisongraph.route;

import org.liaisongraph.neo4j.PendingBackfill;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Computes the ports' kilograms shipped from them over all years once, at the start after the
 * migration that asks for it (a {@code PendingBackfill} node, {@code graph-schema/V0092}), from the
 * yearly seizure totals, before the reference dataset is loaded and anything is served; the request
 * is removed only once every figure is written, so a start cut short computes them again. It may run
 * before or after {@code SeizureTotalsBackfill}: computing the yearly totals again computes these too.
 */
@Component
@Order(-1)
class ShippedFromTotalsBackfill implements ApplicationRunner {

	private final Neo4jClient client;

	private final SeizureTotals totals;

	ShippedFromTotalsBackfill(Neo4jClient client, SeizureTotals totals) {
		this.client = client;
		this.totals = totals;
	}

	@Override
	public void run(ApplicationArguments args) {
		PendingBackfill.runIfAsked(client, "ShippedFromTotal", "SeizureTotal", "Shipped-from totals",
				totals::rebuildShippedFrom);
	}

}
