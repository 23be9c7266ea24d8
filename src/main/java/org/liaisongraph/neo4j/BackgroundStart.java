package org.liaisongraph.neo4j;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** A part of the start that runs on its own thread (the embedded server, the migrations), and waiting for it. */
final class BackgroundStart {

	private BackgroundStart() {
	}

	/**
	 * Runs {@code part} on a new thread named {@code name}. The thread is not a daemon, so the JVM
	 * does not end in the middle of it, and it has the caller's context class loader: Neo4j and the
	 * migrations find their services through it, and in a fat jar a thread's default loader would
	 * not see them.
	 */
	static <T> CompletableFuture<T> start(String name, Supplier<T> part) {
		var result = new CompletableFuture<T>();
		Thread thread = Thread.ofPlatform().name(name).unstarted(() -> {
			try {
				result.complete(part.get());
			}
			catch (RuntimeException | Error ex) {
				result.completeExceptionally(ex);
			}
		});
		thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
		thread.start();
		return result;
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
