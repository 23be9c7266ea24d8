package org.liaisongraph.api;

import java.util.List;

/**
 * The items of one page and the number of matches over all pages.
 *
 * @param <T> the item type
 */
public record PageOfItems<T>(List<T> items, long total) {
}
