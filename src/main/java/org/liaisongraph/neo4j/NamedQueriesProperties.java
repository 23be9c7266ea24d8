package org.liaisongraph.neo4j;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The named queries of {@code queries/}.
 *
 * @param checkAtStart compile every file with {@code EXPLAIN} while the app starts, so that a broken
 *                     one stops the start and the first requests find their plans ready; the
 *                     import, check and export commands, which run none of them, turn it off
 */
@ConfigurationProperties("liaison.queries")
record NamedQueriesProperties(@DefaultValue("true") boolean checkAtStart) {
}
