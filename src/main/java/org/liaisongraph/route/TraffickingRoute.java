package org.liaisongraph.route;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A trafficking route: an ordered series of port calls. */
@Node("TraffickingRoute")
public record TraffickingRoute(@Id String id, String name, Commodity commodity, Modality modality, boolean active, Long version) {
}
