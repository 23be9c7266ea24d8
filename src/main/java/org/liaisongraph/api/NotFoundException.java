package org.liaisongraph.api;

/** A business key that names nothing in the graph; reported as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

	private final String field;

	public NotFoundException(String what, String field, String key) {
		super("No " + what + " with " + field + " '" + key + "'");
		this.field = field;
	}

	public String field() {
		return field;
	}

}
