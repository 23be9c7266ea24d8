package org.liaisongraph.state;

import org.liaisongraph.source.Source;
import org.liaisongraph.source.Sourced;

/** A {@code NATIONALS_CONVICTED} figure: nationals of one state convicted in another in one year. */
record Conviction(State nationality, State convictedIn, int year, int count, Source source, Integer version) implements Sourced {
}
