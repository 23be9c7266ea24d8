package org.liaisongraph.route;

/** Place of a port on a route. */
public enum CallRole {

	ORIGIN, TRANSIT, DESTINATION

}
