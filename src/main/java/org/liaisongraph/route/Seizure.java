package org.liaisongraph.route;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A seizure, or a yearly total of seizures at a port dated the last day of the year. */
@Node("Seizure")
public record Seizure(@Id String id, LocalDate seizedOn, String drug, double quantityKg, String concealment, Long version) {
}
