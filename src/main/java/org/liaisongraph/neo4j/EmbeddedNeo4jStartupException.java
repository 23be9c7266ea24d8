package org.liaisongraph.neo4j;

/** The embedded server cannot start; the message is the one-line reason shown to the operator. */
class EmbeddedNeo4jStartupException extends RuntimeException {

	private final String action;

	EmbeddedNeo4jStartupException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	String action() {
		return action;
	}

}
