package org.liaisongraph.maritime;

import org.springframework.modulith.NamedInterface;

/** What an integrity figure inside Defence counts. */
@NamedInterface("vocabulary")
public enum IntegrityKind {

	INCIDENTS, TESTS, DISMISSALS, PREVENTION_MEASURES, WHISTLEBLOWER_REPORTS

}
