package org.liaisongraph.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reference dataset and imports.
 *
 * @param load      load the reference dataset on start when the graph does not hold this version of it yet
 * @param location  where the reference dataset's files are
 * @param batchSize rows written per transaction by an import too large for one; an import of at
 *                  most this many rows is written in a single transaction
 */
@ConfigurationProperties("liaison.dataset")
record DatasetProperties(@DefaultValue("true") boolean load, @DefaultValue("classpath:dataset") String location,
		@DefaultValue("5000") int batchSize) {

	DatasetProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("liaison.dataset.batch-size must be at least 1, was " + batchSize);
		}
	}

}
