package org.liaisongraph.analysis;

import org.liaisongraph.port.Port;
import org.liaisongraph.route.TraffickingRoute;

/** One leg of a path: a {@code LEG} of one route between two consecutive calls. */
record RoutesBetweenLeg(Port from, Port to, TraffickingRoute route, Double distanceNm) {
}
