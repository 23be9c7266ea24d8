package org.liaisongraph.agency;

import java.util.HashMap;
import java.util.Map;

import org.liaisongraph.api.Inputs;

/** Filter of the {@code agencies} query. */
record AgencyFilter(AgencyKind kind, String belongsTo) {

	static final AgencyFilter NONE = new AgencyFilter(null, null);

	Map<String, Object> parameters() {
		var p = new HashMap<String, Object>();
		p.put("kind", (kind != null) ? kind.name() : null);
		p.put("belongsTo", Inputs.code(belongsTo, "filter.belongsTo"));
		return p;
	}

}
