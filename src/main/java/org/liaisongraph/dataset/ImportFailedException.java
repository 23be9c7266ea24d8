package org.liaisongraph.dataset;

import java.util.List;
import java.util.stream.Collectors;

/** An import refused before anything was written, with the problems found. */
public class ImportFailedException extends RuntimeException {

	private final List<ImportProblem> problems;

	private final long omitted;

	ImportFailedException(List<ImportProblem> problems, long omitted) {
		super(problems.size() + omitted + " problem(s) in the import, nothing written:\n"
				+ problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"))
				+ ((omitted > 0) ? "\n... and " + omitted + " more" : ""));
		this.problems = List.copyOf(problems);
		this.omitted = omitted;
	}

	/** The problems, by file and line; the first {@value ImportCheck#MAX_PROBLEMS} found at most. */
	public List<ImportProblem> problems() {
		return problems;
	}

	/** Problems found beyond those listed. */
	public long omitted() {
		return omitted;
	}

}
