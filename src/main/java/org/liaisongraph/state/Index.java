package org.liaisongraph.state;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A published index states are rated on, such as TI-CPI. */
@Node("Index")
public record Index(@Id String code, String name, String publisher, Long version) {
}
