package org.liaisongraph.liaison;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An embassy, consulate or liaison office of the home state. */
@Node("Post")
public record Post(@Id String id, String name, PostKind kind, boolean onDrugRoute, Long version) {
}
