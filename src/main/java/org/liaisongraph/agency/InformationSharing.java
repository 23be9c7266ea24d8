package org.liaisongraph.agency;

import java.time.LocalDate;

import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;

/** A {@code SHARES_INFORMATION_WITH} link to a partner agency. */
record InformationSharing(Agency agency, LocalDate since, String legalBasis, Source source, Integer version) implements Sourced {
}
