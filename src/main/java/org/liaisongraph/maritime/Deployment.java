package org.liaisongraph.maritime;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An asset deployed for a period over a watched area: a box of latitudes and longitudes or, without
 * one, a named sea area (both restricted).
 */
@Node("Deployment")
public record Deployment(@Id String id, LocalDate from, LocalDate until, Long hours, boolean underMaocn, Double areaSouth, Double areaWest, Double areaNorth, Double areaEast, SeaArea seaArea, Long version) implements MaritimeFact {
}
