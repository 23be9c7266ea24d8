package org.liaisongraph.treaty;

/** Kind of treaty. */
public enum TreatyKind {

	BILATERAL, MULTILATERAL, EU_AGREEMENT, MEMORANDUM

}
