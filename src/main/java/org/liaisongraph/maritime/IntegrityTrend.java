package org.liaisongraph.maritime;

import java.util.List;

import org.liaisongraph.source.Source;

/**
 * The integrity figures of one year and kind: the total over unit types and the count of each. A
 * count under the aggregation threshold is withheld (null) from users not cleared, and so is the
 * next smallest when one withheld count could be worked out from the total and the others.
 */
public record IntegrityTrend(int year, IntegrityKind kind, Integer total, boolean withheld, List<Unit> units,
		List<Source> sources, String grade, boolean illustrative) {

	/** The count of one unit type, or null when withheld. */
	public record Unit(String unitType, Integer count, boolean withheld) {
	}

}
