package org.liaisongraph.api;

/**
 * The user is known but not cleared for what the request asks; reported as FORBIDDEN naming the
 * role that would be.
 */
public class ForbiddenException extends RuntimeException {

	private final String requiredRole;

	public ForbiddenException(String message, String requiredRole) {
		super(message);
		this.requiredRole = requiredRole;
	}

	public String requiredRole() {
		return requiredRole;
	}

}
