package org.liaisongraph.liaison;

/** Kind of post abroad. */
public enum PostKind {

	EMBASSY, CONSULATE, LIAISON_OFFICE

}
