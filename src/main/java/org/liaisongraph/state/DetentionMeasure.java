package org.liaisongraph.state;

import org.springframework.modulith.NamedInterface;

/**
 * What a {@code DETAINED_IN} figure counts. Public figures by nationality are stocks on a
 * reference date, not convictions: a count is never added up across dates.
 */
@NamedInterface("vocabulary")
public enum DetentionMeasure {

	/** Everyone held in the state's prisons on the reference date: remand and sentenced prisoners together. */
	PRISON_POPULATION

}
