package org.liaisongraph.treaty;

/** State of a treaty today; the dates decide the view on other dates. */
public enum TreatyStatus {

	NEGOTIATING, SIGNED, IN_FORCE, SUSPENDED, TERMINATED

}
