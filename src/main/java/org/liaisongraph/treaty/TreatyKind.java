package org.liaisongraph.treaty;

import org.springframework.modulith.NamedInterface;

/** Kind of treaty. */
@NamedInterface("vocabulary")
public enum TreatyKind {

	BILATERAL, MULTILATERAL, EU_AGREEMENT, MEMORANDUM

}
