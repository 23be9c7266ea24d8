package org.liaisongraph.dataset;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import wrote.
 *
 * @param rowsByFile rows written per file, in the order they were written
 * @param millis     time taken
 */
public record ImportResult(Map<String, Integer> rowsByFile, long millis) {

	public int rows() {
		return rowsByFile.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Rows per file, e.g. "State.csv: 3 rows, Port.json: 1 row". */
	static String summary(Map<String, Integer> rowsByFile) {
		return rowsByFile.entrySet()
			.stream()
			.map(e -> rows(e.getKey(), e.getValue()))
			.collect(Collectors.joining(", "));
	}

	/** "State.csv: 3 rows" */
	static String rows(String file, int rows) {
		return file + ": " + rows + ((rows == 1) ? " row" : " rows");
	}

}
