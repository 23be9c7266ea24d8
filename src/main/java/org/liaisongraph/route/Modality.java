package org.liaisongraph.route;

import org.springframework.modulith.NamedInterface;

/** How consignments travel on a route. */
@NamedInterface("vocabulary")
public enum Modality {

	CONTAINER, BULK, YACHT, SEMI_SUBMERSIBLE, AIR

}
