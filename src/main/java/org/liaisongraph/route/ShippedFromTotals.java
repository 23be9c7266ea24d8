package org.liaisongraph.route;

import java.util.List;

import org.liaisongraph.neo4j.DerivedFact;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each port's kilograms shipped from it over all years ({@code ShippedFromTotal}), as a derived fact of
 * its own for its backfill: {@link SeizureTotals} keeps it with the yearly totals it is added from, in
 * the same transaction, so a graph whose totals were written before ports had it needs only this sum,
 * not every total again. Ordered after the yearly totals it reads.
 */
@Component
@Order(1)
class ShippedFromTotals implements DerivedFact {

	private final SeizureTotals totals;

	ShippedFromTotals(SeizureTotals totals) {
		this.totals = totals;
	}

	@Override
	public String name() {
		return "ShippedFromTotal";
	}

	@Override
	public List<String> labels() {
		return List.of("ShippedFromTotal");
	}

	@Override
	public String sourceLabel() {
		return "SeizureTotal";
	}

	@Override
	public String description() {
		return "Shipped-from totals";
	}

	@Override
	public void rebuild() {
		totals.rebuildShippedFrom();
	}

}
