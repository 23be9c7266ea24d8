package org.liaisongraph.agency;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A customs, police, defence, diplomatic or judicial agency, or a multinational centre. */
@Node("Agency")
public record Agency(@Id String code, String name, AgencyKind kind, Long version) {
}
