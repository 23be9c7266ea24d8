package org.liaisongraph.neo4j;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * The graph schema migrations, applied on a thread of their own from the moment the driver exists,
 * while the rest of the context (the GraphQL schema, security, the web server) is built: nothing
 * reads or writes the graph before the start's runners, and this is the first of them, so every
 * runner, and readiness with them, comes after the migrations. A migration that fails stops the
 * start here. A stop during the migrations (a start failing elsewhere) waits for them to end before
 * the driver closes, so that they release their lock in the graph.
 */
public final class GraphSchema implements ApplicationRunner, Ordered, AutoCloseable {

	private final CompletableFuture<String> applied;

	/** Applies the migrations with {@code migrate}, which returns the schema version, in the background. */
	GraphSchema(Supplier<String> migrate) {
		applied = BackgroundStart.start("graph-schema", migrate);
	}

	/** The schema version after start; waits for the migrations. */
	public String version() {
		return BackgroundStart.await(applied);
	}

	/** Waits for the migrations before any other runner. */
	@Override
	public void run(ApplicationArguments args) {
		version();
	}

	/** Waits for the migrations to end, whatever their outcome (this bean closes before the driver). */
	@Override
	public void close() {
		applied.exceptionally(ex -> null).join();
	}

	@Override
	public int getOrder() {
		return HIGHEST_PRECEDENCE;
	}

}
