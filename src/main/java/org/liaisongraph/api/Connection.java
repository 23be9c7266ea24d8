package org.liaisongraph.api;

import java.util.List;

/**
 * A Relay connection page with the total count of matches.
 *
 * @param <T> the node type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public List<T> nodes() {
		return edges.stream().map(Edge::node).toList();
	}

	/** An item with its cursor. */
	public record Edge<T>(String cursor, T node) {
	}

	/** Where a page sits in the whole list. */
	public record PageInfo(boolean hasPreviousPage, boolean hasNextPage, String startCursor, String endCursor) {
	}

}
