package org.liaisongraph.route;

/** How consignments travel on a route. */
public enum Modality {

	CONTAINER, BULK, YACHT, SEMI_SUBMERSIBLE, AIR

}
