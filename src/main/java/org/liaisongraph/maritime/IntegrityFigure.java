package org.liaisongraph.maritime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A count inside Defence for a year, a unit type and a kind: counts only, never a person. */
@Node("IntegrityFigure")
public record IntegrityFigure(@Id String id, int year, String unitType, IntegrityKind kind, long count, Long version) implements MaritimeFact {
}
