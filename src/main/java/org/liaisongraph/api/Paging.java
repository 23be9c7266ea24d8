package org.liaisongraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/**
 * Turns Relay arguments into a {@link PageBounds} and a result into a {@link Connection}, with
 * offset cursors encoded by Spring for GraphQL's cursor strategy.
 */
@Component
public class Paging {

	public static final int MAX_PAGE_SIZE = 100;

	public static final int DEFAULT_PAGE_SIZE = 20;

	/** The most items a nested list returns for one parent when it is asked for {@code first}. */
	public static final int MAX_NESTED_SIZE = 1000;

	private final CursorStrategy<ScrollPosition> cursorStrategy;

	Paging(CursorStrategy<ScrollPosition> cursorStrategy) {
		this.cursorStrategy = cursorStrategy;
	}

	/** The page the Relay arguments ask for, read by {@code query}, as a connection. */
	public <T> Connection<T> page(ScrollSubrange subrange, DataFetchingEnvironment env,
			Function<PageBounds, PageOfItems<T>> query) {
		PageBounds bounds = bounds(subrange, env);
		PageOfItems<T> found = query.apply(bounds);
		return connection(bounds, found.items(), found.total());
	}

	/** Checks {@code first}/{@code last} against the cap and resolves the window to read. */
	PageBounds bounds(ScrollSubrange subrange, DataFetchingEnvironment env) {
		checkSize(env, "first");
		checkSize(env, "last");
		if (env.getArgument("first") != null && env.getArgument("last") != null) {
			throw new BadRequestException("last", "cannot be combined with first");
		}
		long offset = 0;
		if (subrange.position().orElse(null) instanceof OffsetScrollPosition position && !position.isInitial()) {
			// Offset positions are exclusive: the item at the cursor was already seen.
			offset = position.getOffset() + 1;
		}
		int limit = subrange.count().orElse(DEFAULT_PAGE_SIZE);
		return new PageBounds(offset, limit);
	}

	<T> Connection<T> connection(PageBounds bounds, List<T> items, long totalCount) {
		List<Connection.Edge<T>> edges = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			edges.add(new Connection.Edge<>(cursorAt(bounds.offset() + i), items.get(i)));
		}
		var pageInfo = new Connection.PageInfo(bounds.offset() > 0, bounds.offset() + items.size() < totalCount,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	private String cursorAt(long index) {
		return cursorStrategy.toCursor(ScrollPosition.offset(index));
	}

	/**
	 * The {@code first} of a nested list (a plain list under an item, such as {@code State.treaties}):
	 * null for all of them, else between 0 and {@link #MAX_NESTED_SIZE}; a Long, as the driver gives
	 * it back, so that a batch key holding it compares equal to the key a row names.
	 */
	public static Long nestedFirst(Integer first) {
		return (first != null) ? (long) Inputs.between(first, 0, MAX_NESTED_SIZE, "first") : null;
	}

	private static void checkSize(DataFetchingEnvironment env, String argument) {
		Integer size = env.getArgument(argument);
		if (size != null) {
			Inputs.between(size, 0, MAX_PAGE_SIZE, argument);
		}
	}

}
