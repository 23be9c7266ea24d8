package org.liaisongraph.state;

import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;

/** A state's {@code RATED} relationship to an index for one year. */
record Rating(Index index, int year, double score, Source source, Integer version) implements Sourced {
}
