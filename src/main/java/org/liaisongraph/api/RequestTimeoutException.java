package org.liaisongraph.api;

/** The request's deadline passed before its statements finished; reported as BAD_REQUEST. */
public class RequestTimeoutException extends RuntimeException {

	public static final String MESSAGE = "the request ran out of time and was stopped: ask for less (a narrower "
			+ "filter, fewer items or fields)";

	public RequestTimeoutException(Throwable cause) {
		super(MESSAGE, cause);
	}

}
