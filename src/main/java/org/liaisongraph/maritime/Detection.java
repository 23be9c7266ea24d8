package org.liaisongraph.maritime;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A vessel detected at sea by an asset; its position is restricted. */
@Node("Detection")
public record Detection(@Id String id, LocalDate detectedOn, Double latitude, Double longitude, Long version) implements MaritimeFact {
}
