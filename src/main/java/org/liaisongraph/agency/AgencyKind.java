package org.liaisongraph.agency;

import org.springframework.modulith.NamedInterface;

/** Kind of agency. */
@NamedInterface("vocabulary")
public enum AgencyKind {

	CUSTOMS, POLICE, DEFENCE, DIPLOMATIC, JUDICIAL, MULTINATIONAL_CENTRE

}
