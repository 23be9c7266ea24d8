package org.liaisongraph.route;

import org.springframework.modulith.NamedInterface;

/** Place of a port on a route. */
@NamedInterface("vocabulary")
public enum CallRole {

	ORIGIN, TRANSIT, DESTINATION

}
