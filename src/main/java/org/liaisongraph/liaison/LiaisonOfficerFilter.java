package org.liaisongraph.liaison;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.liaisongraph.api.Inputs;

/** Filter of the {@code liaisonOfficers} query. */
record LiaisonOfficerFilter(OfficerRole role, String accreditedTo, String postedAt, String agency, LocalDate activeOn) {

	static final LiaisonOfficerFilter NONE = new LiaisonOfficerFilter(null, null, null, null, null);

	Map<String, Object> parameters() {
		var p = new HashMap<String, Object>();
		p.put("role", (role != null) ? role.name() : null);
		p.put("accreditedTo", Inputs.iso2(accreditedTo, "filter.accreditedTo"));
		p.put("postedAt", Inputs.locode(postedAt, "filter.postedAt"));
		p.put("agency", Inputs.code(agency, "filter.agency"));
		p.put("activeOn", activeOn);
		return p;
	}

}
