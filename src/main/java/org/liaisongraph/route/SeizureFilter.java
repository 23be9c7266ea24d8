package org.liaisongraph.route;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.liaisongraph.api.Inputs;

/** Filter of the {@code seizures} query. */
record SeizureFilter(String at, String shippedFrom, String shippedFromState, String drug, LocalDate from,
		LocalDate to) {

	static final SeizureFilter NONE = new SeizureFilter(null, null, null, null, null, null);

	Map<String, Object> parameters() {
		Inputs.requireOrdered(from, to, "filter.to");
		var p = new HashMap<String, Object>();
		p.put("at", Inputs.locode(at, "filter.at"));
		p.put("shippedFrom", Inputs.locode(shippedFrom, "filter.shippedFrom"));
		p.put("shippedFromState", Inputs.iso2(shippedFromState, "filter.shippedFromState"));
		p.put("drug", Inputs.text(drug));
		p.put("from", from);
		p.put("to", to);
		return p;
	}

}
