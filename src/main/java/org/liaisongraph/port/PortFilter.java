package org.liaisongraph.port;

import java.util.HashMap;
import java.util.Map;

import org.liaisongraph.api.Inputs;

/** Filter of the {@code ports} query. */
record PortFilter(String state, String region, String bloc, String nameContains, Boolean onActiveRoute) {

	static final PortFilter NONE = new PortFilter(null, null, null, null, null);

	Map<String, Object> parameters() {
		var p = new HashMap<String, Object>();
		p.put("state", Inputs.iso2(state, "filter.state"));
		p.put("region", Inputs.text(region));
		p.put("bloc", Inputs.code(bloc, "filter.bloc"));
		p.put("nameContains", Inputs.text(nameContains));
		p.put("onActiveRoute", onActiveRoute);
		return p;
	}

}
