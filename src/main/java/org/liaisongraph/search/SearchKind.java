package org.liaisongraph.search;

import java.util.Arrays;

/** What a search hit is: one of the labels of the search's full-text indexes. */
enum SearchKind {

	STATE("State"), PORT("Port"), TREATY("Treaty"), AGENCY("Agency"), SOURCE("Source"),
	LIAISON_OFFICER("LiaisonOfficer");

	private final String label;

	SearchKind(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

	static SearchKind of(String label) {
		return Arrays.stream(values())
			.filter(kind -> kind.label.equals(label))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No search kind for the label " + label));
	}

}
