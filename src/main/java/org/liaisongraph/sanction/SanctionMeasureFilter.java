package org.liaisongraph.sanction;

import java.util.HashMap;
import java.util.Map;

import org.liaisongraph.api.Inputs;

/** Filter of the {@code sanctionMeasures} query. */
record SanctionMeasureFilter(SanctionKind kind, SanctionStatus status, String target, String imposedBy) {

	static final SanctionMeasureFilter NONE = new SanctionMeasureFilter(null, null, null, null);

	Map<String, Object> parameters() {
		var p = new HashMap<String, Object>();
		p.put("kind", (kind != null) ? kind.name() : null);
		p.put("status", (status != null) ? status.name() : null);
		p.put("target", Inputs.iso2(target, "filter.target"));
		p.put("imposedBy", Inputs.code(imposedBy, "filter.imposedBy"));
		return p;
	}

}
