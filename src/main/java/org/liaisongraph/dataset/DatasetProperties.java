package org.liaisongraph.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reference dataset.
 *
 * @param load     load it on start when the graph does not hold this version of it yet
 * @param location where its CSV files are
 */
@ConfigurationProperties("liaison.dataset")
record DatasetProperties(@DefaultValue("true") boolean load, @DefaultValue("classpath:dataset") String location) {
}
