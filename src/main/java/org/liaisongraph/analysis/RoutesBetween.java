package org.liaisongraph.analysis;

import java.util.List;

/**
 * The best paths toward a port, at most as many as asked.
 *
 * @param truncated whether more paths exist than the answer gives
 */
record RoutesBetween(List<RoutesBetweenPath> paths, boolean truncated) {
}
