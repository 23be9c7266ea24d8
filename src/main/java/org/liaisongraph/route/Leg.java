package org.liaisongraph.route;

import org.liaisongraph.port.Port;

/** A {@code LEG} relationship between consecutive calls of a route. */
record Leg(Port from, Port to, int seq, Double distanceNm) {
}
