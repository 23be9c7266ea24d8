package org.liaisongraph.sanction;

/** Status of a sanction measure. */
public enum SanctionStatus {

	PROPOSED, ADOPTED, LIFTED

}
