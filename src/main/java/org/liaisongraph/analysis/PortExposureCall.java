package org.liaisongraph.analysis;

import org.liaisongraph.port.Port;
import org.liaisongraph.route.CallRole;
import org.liaisongraph.route.TraffickingRoute;

/** An active route's call at the exposed port, served as the schema's {@code RouteCall}. */
record PortExposureCall(TraffickingRoute route, Port port, int seq, CallRole role) {
}
