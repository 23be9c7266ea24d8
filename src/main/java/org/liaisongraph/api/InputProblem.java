package org.liaisongraph.api;

import graphql.ErrorClassification;
import org.springframework.graphql.execution.ErrorType;

/** One thing wrong with a write's input: its class, the input field and why. */
public record InputProblem(ErrorClassification type, String field, String reason) {

	public static InputProblem badRequest(String field, String reason) {
		return new InputProblem(ErrorType.BAD_REQUEST, field, reason);
	}

	public static InputProblem notFound(String field, String reason) {
		return new InputProblem(ErrorType.NOT_FOUND, field, reason);
	}

	public static InputProblem conflict(String field, String reason) {
		return new InputProblem(Conflict.CONFLICT, field, reason);
	}

	public String message() {
		return field + ": " + reason;
	}

	/** A write based on a stale read: someone else changed the entity since. */
	public enum Conflict implements ErrorClassification {

		CONFLICT

	}

}
