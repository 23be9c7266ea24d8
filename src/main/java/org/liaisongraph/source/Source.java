package org.liaisongraph.source;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * Where a fact comes from. Reliability is the Admiralty letter: A reliable to F cannot be judged,
 * which marks data invented for illustration.
 */
@Node("Source")
public record Source(@Id String id, String title, String publisher, String url, LocalDate publishedOn,
		String reliability, String licence, Long version) {
}
