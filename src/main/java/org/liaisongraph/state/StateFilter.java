package org.liaisongraph.state;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.Inputs;

/** Filter of the {@code states} query. */
record StateFilter(List<String> iso2, String region, String subregion, String bloc, String nameContains,
		Boolean onActiveRoute) {

	static final StateFilter NONE = new StateFilter(null, null, null, null, null, null);

	Map<String, Object> parameters() {
		var p = new HashMap<String, Object>();
		p.put("iso2", Inputs.iso2s(iso2, "filter.iso2"));
		p.put("region", Inputs.text(region));
		p.put("subregion", Inputs.text(subregion));
		p.put("bloc", Inputs.code(bloc, "filter.bloc"));
		p.put("nameContains", Inputs.text(nameContains));
		p.put("onActiveRoute", onActiveRoute);
		return p;
	}

}
