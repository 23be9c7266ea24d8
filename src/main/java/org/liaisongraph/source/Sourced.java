package org.liaisongraph.source;

/** A fact held by a relationship (a rating, a membership, a party): it rests on one source. */
public interface Sourced {

	/** The source of the fact, or null when none is recorded. */
	Source source();

}
