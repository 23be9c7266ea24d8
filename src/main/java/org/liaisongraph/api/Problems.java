package org.liaisongraph.api;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one write's input, collected so that all of them are reported at once. */
public final class Problems {

	private final List<InputProblem> problems = new ArrayList<>();

	public void badRequest(String field, String reason) {
		problems.add(InputProblem.badRequest(field, reason));
	}

	public void notFound(String field, String reason) {
		problems.add(InputProblem.notFound(field, reason));
	}

	public void conflict(String field, String reason) {
		problems.add(InputProblem.conflict(field, reason));
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	/** Refuses the write, before anything is written, if there is any problem. */
	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
