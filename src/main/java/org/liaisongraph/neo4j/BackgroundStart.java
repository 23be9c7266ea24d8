package org.liaisongraph.neo4j;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for a part of the start that runs on its own thread (the embedded server, the migrations). */
final class BackgroundStart {

	private BackgroundStart() {
	}

	/**
	 * The result of the part once it has ended; its own error if it failed, so that the start stops
	 * with the migration's or the server's message rather than a wrapper's.
	 */
	static <T> T await(CompletableFuture<T> part) {
		try {
			return part.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
