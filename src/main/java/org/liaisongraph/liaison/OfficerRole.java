package org.liaisongraph.liaison;

/** Role of a liaison officer. */
public enum OfficerRole {

	DIPLOMAT, CUSTOMS_EXPERT, SECURITY_ATTACHE, POLICE_LIAISON, DEFENCE_LIAISON

}
