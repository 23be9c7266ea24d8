package org.liaisongraph.route;

import java.util.HashMap;
import java.util.Map;

import org.liaisongraph.api.Inputs;

/** Filter of the {@code routes} query. */
record RouteFilter(Commodity commodity, Modality modality, Boolean active, String callsAt, String state) {

	static final RouteFilter NONE = new RouteFilter(null, null, null, null, null);

	Map<String, Object> parameters() {
		var p = new HashMap<String, Object>();
		p.put("commodity", (commodity != null) ? commodity.name() : null);
		p.put("modality", (modality != null) ? modality.name() : null);
		p.put("active", active);
		p.put("callsAt", Inputs.locode(callsAt, "filter.callsAt"));
		p.put("state", Inputs.iso2(state, "filter.state"));
		return p;
	}

}
