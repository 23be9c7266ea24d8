package org.liaisongraph.maritime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Containers scanned at a port in a year and the hits among them. */
@Node("ContainerScan")
public record ContainerScan(@Id String id, int year, long scanned, Long hits, Long version) implements MaritimeFact {
}
