package org.liaisongraph.edit;

import java.util.ArrayList;
import java.util.List;

import org.liaisongraph.api.InputProblem;
import org.liaisongraph.api.InvalidInputException;

/** The problems found in one write's input, collected so that all of them are reported at once. */
final class Problems {

	private final List<InputProblem> problems = new ArrayList<>();

	void badRequest(String field, String reason) {
		problems.add(InputProblem.badRequest(field, reason));
	}

	void notFound(String field, String reason) {
		problems.add(InputProblem.notFound(field, reason));
	}

	void conflict(String field, String reason) {
		problems.add(InputProblem.conflict(field, reason));
	}

	boolean isEmpty() {
		return problems.isEmpty();
	}

	/** Refuses the write, before anything is written, if there is any problem. */
	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
