package org.liaisongraph.maritime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A vessel at sea, known by its IMO and MMSI numbers. */
@Node("Vessel")
public record Vessel(@Id String id, String name, String imo, String mmsi, String type, Long version) implements MaritimeFact {
}
