package org.liaisongraph.api;

/** Input the caller must correct; reported as BAD_REQUEST naming the input field. */
public class BadRequestException extends RuntimeException {

	private final String field;

	public BadRequestException(String field, String message) {
		super(field + ": " + message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
