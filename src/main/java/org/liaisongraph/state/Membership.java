package org.liaisongraph.state;

import java.time.LocalDate;

import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;

/** A state's {@code MEMBER_OF} relationship to a bloc. */
record Membership(Bloc bloc, LocalDate since, Source source, Integer version) implements Sourced {
}
