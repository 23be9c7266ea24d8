package org.liaisongraph.treaty;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A typed clause of a treaty. */
@Node("Clause")
public record Clause(@Id String id, ClauseType type, String article, boolean binding, String summary, Long version) {
}
