package org.liaisongraph.maritime;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An agreement between agencies to share information, and its scope. */
@Node("InformationSharingAgreement")
public record InformationSharingAgreement(@Id String id, String title, String scope, LocalDate signedOn, Long version) implements MaritimeFact {
}
