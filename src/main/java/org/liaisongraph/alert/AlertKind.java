package org.liaisongraph.alert;

/** What an alert is about. */
public enum AlertKind {

	/** A treaty of the home side enters into force within the horizon. */
	TREATY_ENTERS_INTO_FORCE,
	/** A treaty of the home side is terminated or expires within the horizon. */
	TREATY_ENDS,
	/** A home-state officer's posting ends within the horizon and nobody is posted at the port the day after. */
	POSTING_ENDS_WITHOUT_SUCCESSOR,
	/** A sanction measure not lifted is due for review within the horizon. */
	SANCTION_REVIEW_DUE,
	/** A seizure of the last days was shipped from a port on an active route that no home-state officer covered. */
	SEIZURE_FROM_UNCOVERED_PORT,
	/** A state's corruption score fell by the margin or more from one year to the next, published lately. */
	CORRUPTION_SCORE_FELL

}
