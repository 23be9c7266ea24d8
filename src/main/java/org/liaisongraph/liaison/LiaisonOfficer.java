package org.liaisongraph.liaison;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An officer of the home state posted abroad; {@code name} is restricted information. */
@Node("LiaisonOfficer")
public record LiaisonOfficer(@Id String id, OfficerRole role, String name, LocalDate since, LocalDate until, Long version) {

	/** Posted on the date: started on or before it and not ended before it. */
	public boolean activeOn(LocalDate date) {
		return (since == null || !since.isAfter(date)) && (until == null || !until.isBefore(date));
	}

}
