package org.liaisongraph.agency;

import java.time.LocalDate;

import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;

/** A {@code PARTICIPATES_IN} relationship of a state or agency to an agency. */
record Participation(String code, String kind, String name, LocalDate since, Integer staff, Source source,
		Integer version) implements Sourced {
}
