package org.liaisongraph.port;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A seaport keyed by its UN/LOCODE, with the coordinates of the port itself. */
@Node("Port")
public record Port(@Id String locode, String name, Double latitude, Double longitude, Long version) {
}
