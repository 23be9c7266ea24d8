package org.liaisongraph.dataset;

import java.util.Map;

/**
 * What an import wrote.
 *
 * @param rowsByFile rows written per file
 * @param millis     time taken
 */
public record ImportResult(Map<String, Integer> rowsByFile, long millis) {

	public int rows() {
		return rowsByFile.values().stream().mapToInt(Integer::intValue).sum();
	}

}
