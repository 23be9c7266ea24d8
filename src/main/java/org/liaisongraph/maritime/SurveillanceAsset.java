package org.liaisongraph.maritime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A means of detection at sea: a drone, an aircraft, a ship, a satellite or a coastal radar. */
@Node("SurveillanceAsset")
public record SurveillanceAsset(@Id String id, String name, AssetKind kind, Long version) implements MaritimeFact {
}
