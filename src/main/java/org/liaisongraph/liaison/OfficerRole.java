package org.liaisongraph.liaison;

import org.springframework.modulith.NamedInterface;

/** Role of a liaison officer. */
@NamedInterface("vocabulary")
public enum OfficerRole {

	DIPLOMAT, CUSTOMS_EXPERT, SECURITY_ATTACHE, POLICE_LIAISON, DEFENCE_LIAISON

}
