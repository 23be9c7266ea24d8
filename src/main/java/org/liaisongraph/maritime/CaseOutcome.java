package org.liaisongraph.maritime;

import org.springframework.modulith.NamedInterface;

/** How a case referred to MAOC-N ended. */
@NamedInterface("vocabulary")
public enum CaseOutcome {

	/** Boarded by the intercepting state, whether or not drugs were found. */
	INTERCEPTED,
	/** Not boarded: no asset in reach, no consent of the flag state, lost track. */
	NOT_INTERCEPTED,
	/** Still open. */
	PENDING

}
