package org.liaisongraph.route;

import org.springframework.modulith.NamedInterface;

/** Drug carried on a route. */
@NamedInterface("vocabulary")
public enum Commodity {

	COCAINE, HEROIN, CANNABIS, SYNTHETIC, PRECURSORS

}
