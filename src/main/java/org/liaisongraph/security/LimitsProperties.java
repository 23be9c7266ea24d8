package org.liaisongraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one GraphQL request may ask for. Everything but the timeout is checked before any data is
 * read.
 *
 * @param maxDepth        fields nested deeper than this are refused (the root field is depth 1;
 *                        introspection is exempt)
 * @param maxComplexity   the most field values a query may ask for, each field counted once per
 *                        item of the lists around it: a page's {@code first} or {@code last} (20
 *                        when not given), an analysis' {@code limit}, and {@code assumedListSize}
 *                        for other lists. The test and benchmark documents ask for up to 7,000;
 *                        countryPriorities with every fact for its most states (limit 250) for
 *                        87,000; lists nested deeper than the data ever is exceed it
 * @param assumedListSize items assumed for a list with no size argument
 * @param maxAliases      aliased fields in the operation executed
 * @param maxOperations   operations in one document (only the one named by {@code operationName}
 *                        runs)
 * @param maxBodySize     size of the request body of {@code POST /graphql}; larger ones get 413
 * @param timeout         time to answer a request; the database transactions of the request end
 *                        with it
 * @param importTimeout   time to answer an upload ({@code importDataset}), whose size the
 *                        multipart limits ({@code spring.servlet.multipart.*}) bound instead of
 *                        {@code maxBodySize}
 */
@ConfigurationProperties("liaison.security.limits")
record LimitsProperties(@DefaultValue("10") int maxDepth, @DefaultValue("100000") int maxComplexity,
		@DefaultValue("3") int assumedListSize, @DefaultValue("20") int maxAliases,
		@DefaultValue("5") int maxOperations, @DefaultValue("100KB") DataSize maxBodySize,
		@DefaultValue("30s") Duration timeout, @DefaultValue("30m") Duration importTimeout) {
}
