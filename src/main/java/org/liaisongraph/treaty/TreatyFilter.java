package org.liaisongraph.treaty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.Inputs;

/** Filter of the {@code treaties} query. */
record TreatyFilter(TreatyKind kind, TreatyStatus status, String party, Boolean throughBlocs, String region,
		String bloc, List<ClauseType> hasClause, List<ClauseType> lacksClause, LocalDate inForceOn) {

	static final TreatyFilter NONE = new TreatyFilter(null, null, null, null, null, null, null, null, null);

	Map<String, Object> parameters() {
		var p = new HashMap<String, Object>();
		p.put("kind", (kind != null) ? kind.name() : null);
		p.put("status", (status != null) ? status.name() : null);
		p.put("party", Inputs.code(party, "filter.party"));
		p.put("throughBlocs", Boolean.TRUE.equals(throughBlocs));
		p.put("region", Inputs.text(region));
		p.put("bloc", Inputs.code(bloc, "filter.bloc"));
		p.put("hasClause", names(hasClause));
		p.put("lacksClause", names(lacksClause));
		p.put("inForceOn", inForceOn);
		return p;
	}

	private static List<String> names(List<ClauseType> types) {
		return (types == null || types.isEmpty()) ? null : types.stream().map(Enum::name).toList();
	}

}
