package org.liaisongraph.treaty;

import java.time.LocalDate;

import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;

/**
 * A {@code PARTY_TO} relationship.
 *
 * @param actor the {@link org.liaisongraph.state.State} or {@link org.liaisongraph.state.Bloc}
 */
record Party(Object actor, String code, LocalDate since, Source source) implements Sourced {
}
