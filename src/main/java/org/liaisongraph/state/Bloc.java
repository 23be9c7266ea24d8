package org.liaisongraph.state;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A group of states that can be party to treaties: EU, BENELUX, MERCOSUR. */
@Node("Bloc")
public record Bloc(@Id String code, String name, Long version) {
}
