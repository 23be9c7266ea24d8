package org.liaisongraph.treaty;

import org.springframework.modulith.NamedInterface;

/** State of a treaty today; the dates decide the view on other dates. */
@NamedInterface("vocabulary")
public enum TreatyStatus {

	NEGOTIATING, SIGNED, IN_FORCE, SUSPENDED, TERMINATED

}
