package org.liaisongraph.agency;

/** Kind of agency. */
public enum AgencyKind {

	CUSTOMS, POLICE, DEFENCE, DIPLOMATIC, JUDICIAL, MULTINATIONAL_CENTRE

}
