package org.liaisongraph.route;

/** Drug carried on a route. */
public enum Commodity {

	COCAINE, HEROIN, CANNABIS, SYNTHETIC, PRECURSORS

}
