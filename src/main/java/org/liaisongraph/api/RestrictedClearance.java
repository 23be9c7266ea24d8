package org.liaisongraph.api;

/**
 * Whether the current user is cleared for restricted values. Security answers it; a feature module
 * that the model's vocabulary depends on asks through this, so that it need not depend on security
 * (which reads the model) in a cycle.
 */
public interface RestrictedClearance {

	/** Whether the current user may see values the model declares restricted. */
	boolean clearedForRestricted();

}
