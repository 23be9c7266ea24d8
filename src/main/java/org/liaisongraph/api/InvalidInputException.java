package org.liaisongraph.api;

import java.util.List;
import java.util.stream.Collectors;

/** A write refused before anything was written, with every problem of its input. */
public class InvalidInputException extends RuntimeException {

	private final List<InputProblem> problems;

	public InvalidInputException(List<InputProblem> problems) {
		super(problems.stream().map(InputProblem::message).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<InputProblem> problems() {
		return problems;
	}

}
