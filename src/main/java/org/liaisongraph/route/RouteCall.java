package org.liaisongraph.route;

import org.liaisongraph.port.Port;
import org.liaisongraph.source.Source;

/** A {@code CALLS_AT} relationship: a route's call at a port. */
record RouteCall(TraffickingRoute route, Port port, int seq, CallRole role, Source source) {
}
