package org.liaisongraph.state;

import java.time.LocalDate;

import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;

/**
 * A {@code DETAINED_IN} figure: nationals of one state held in another's prisons on a reference
 * date. A stock, not a count of convictions, so figures of several dates never add up.
 *
 * @param version null where an analysis reads the figure
 */
public record Detention(State nationality, State detainedIn, LocalDate date, DetentionMeasure measure, int count,
		Source source, Integer version) implements Sourced {
}
