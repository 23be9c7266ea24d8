package org.liaisongraph.state;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A state or territory of ISO 3166-1, keyed by its alpha-2 code. */
@Node("State")
public record State(@Id String iso2, String iso3, String name, String nameNl, String nameFr, String region,
		String subregion, Long version) {
}
