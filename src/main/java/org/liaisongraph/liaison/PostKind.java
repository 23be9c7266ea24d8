package org.liaisongraph.liaison;

import org.springframework.modulith.NamedInterface;

/** Kind of post abroad. */
@NamedInterface("vocabulary")
public enum PostKind {

	EMBASSY, CONSULATE, LIAISON_OFFICE

}
