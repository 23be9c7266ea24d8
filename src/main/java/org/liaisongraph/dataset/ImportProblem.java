package org.liaisongraph.dataset;

/**
 * One thing wrong with an import, located for the person who has to fix it.
 *
 * @param file  file name, e.g. Treaty.csv
 * @param line  line in the file, 1 being the header row (0: the file as a whole)
 * @param field column name
 * @param reason what is wrong
 */
public record ImportProblem(String file, long line, String field, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + field + ": " + reason;
	}

}
