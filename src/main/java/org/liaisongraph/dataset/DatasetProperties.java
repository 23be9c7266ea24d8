package org.liaisongraph.dataset;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reference dataset and imports.
 *
 * @param load      load the reference dataset on start when the graph does not hold this version of it yet
 * @param location  where the reference dataset's files are
 * @param batchSize rows written per transaction by an import too large for one; an import of at
 *                  most this many rows is written in a single transaction
 * @param staleImportAfter on a shared server, how long after its last heartbeat (renewed four times in
 *                  this period) an unfinished import is taken for crashed and rolled back by another
 *                  instance; the embedded server, which only this process opens, needs no wait
 */
@ConfigurationProperties("liaison.dataset")
record DatasetProperties(@DefaultValue("true") boolean load, @DefaultValue("classpath:dataset") String location,
		@DefaultValue("5000") int batchSize, @DefaultValue("2m") Duration staleImportAfter) {

	DatasetProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("liaison.dataset.batch-size must be at least 1, was " + batchSize);
		}
		if (staleImportAfter.toSeconds() < 4) {
			throw new IllegalArgumentException(
					"liaison.dataset.stale-import-after must be at least 4 seconds, was " + staleImportAfter);
		}
	}

}
