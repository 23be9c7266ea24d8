package org.liaisongraph.search;

import org.liaisongraph.source.Provenance;

/**
 * One node the search found: its kind and business key, its name or title, how well it matched,
 * and the grade of the weakest source behind it (a source's own reliability for a source).
 */
record SearchResult(SearchKind kind, String key, String label, double score, String grade) {

	public boolean illustrative() {
		return Provenance.illustrative(grade);
	}

}
