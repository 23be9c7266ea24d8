package org.liaisongraph.sanction;

import org.springframework.modulith.NamedInterface;

/** Status of a sanction measure. */
@NamedInterface("vocabulary")
public enum SanctionStatus {

	PROPOSED, ADOPTED, LIFTED

}
