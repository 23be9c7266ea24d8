package org.liaisongraph.dataset;

/**
 * One thing wrong with an import, located for the person who has to fix it.
 *
 * @param file   file name, e.g. Treaty.csv
 * @param line   line in the file, 1 being the header row of a CSV file (0: the file as a whole); in a
 *               JSON file, the line where the row's object starts
 * @param field  column name
 * @param reason what is wrong
 * @param kind   whether the row is wrong in itself or names a key that is nowhere
 */
public record ImportProblem(String file, long line, String field, String reason, Kind kind) {

	public enum Kind {

		/** The value is malformed, out of range, duplicate or inconsistent with the rest. */
		INVALID,

		/** The value is a well-formed key that is neither in the import nor in the graph. */
		UNKNOWN_KEY

	}

	public ImportProblem(String file, long line, String field, String reason) {
		this(file, line, field, reason, Kind.INVALID);
	}

	@Override
	public String toString() {
		return file + ":" + line + ": " + field + ": " + reason;
	}

}
