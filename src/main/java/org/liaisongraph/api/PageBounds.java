package org.liaisongraph.api;

/**
 * A window on an ordered list.
 *
 * @param offset index of the first item
 * @param limit  number of items at most
 */
public record PageBounds(long offset, int limit) {
}
