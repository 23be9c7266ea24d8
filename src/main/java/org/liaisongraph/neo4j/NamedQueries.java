package org.liaisongraph.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The analyses' Cypher, one parameterised statement per file in {@code queries/}, loaded by name at
 * start and assembled from the rule fragments of {@code queries/fragments/} ({@link CypherFragments}).
 * Every file is compiled by the database with {@code EXPLAIN}, so a broken file stops the app at
 * start with its name, as does an analysis asking for a file that is not there. Compiling cold
 * Cypher takes seconds, so it starts in the background as soon as the schema is applied, while
 * the rest of the app is built and the reference dataset checked, and the start waits for it last.
 * Statements written in Java that need a rule are assembled by {@link #assemble}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class NamedQueries implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NamedQueries.class);

	private final Map<String, String> queries = new TreeMap<>();

	private final Neo4jClient client;

	private final CypherFragments fragments;

	private CompletableFuture<Void> compiled;

	@Autowired
	NamedQueries(Neo4jClient client, GraphSchema schema, NamedQueriesProperties properties) throws IOException {
		this(client, "classpath:queries");
		if (properties.checkAtStart()) {
			compileInBackground();
		}
		else {
			compiled = CompletableFuture.completedFuture(null);
		}
	}

	NamedQueries(Neo4jClient client, String location) throws IOException {
		this.fragments = new CypherFragments(location + "/fragments");
		for (Resource file : new PathMatchingResourcePatternResolver().getResources(location + "/*.cypher")) {
			String name = file.getFilename().substring(0, file.getFilename().length() - ".cypher".length());
			queries.put(name, assemble(file.getContentAsString(StandardCharsets.UTF_8).strip(),
					"queries/" + name + ".cypher"));
		}
		this.client = client;
	}

	/** Waits for every file to be compiled. @throws IllegalStateException naming a broken file */
	@Override
	public void run(ApplicationArguments args) {
		compileInBackground();
		try {
			compiled.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof IllegalStateException broken) ? broken : ex;
		}
	}

	/** Starts compiling every file, once, on a thread of its own. */
	private synchronized void compileInBackground() {
		if (compiled == null) {
			compiled = new CompletableFuture<>();
			Thread.ofPlatform().name("named-queries-check").daemon().start(() -> {
				try {
					long started = System.nanoTime();
					queries.forEach(this::compile);
					// the start waits for this last: its time says whether it is on the start's critical path
					log.info("Named queries compiled: {} in {} ms", queries.size(),
							(System.nanoTime() - started) / 1_000_000);
					compiled.complete(null);
				}
				catch (RuntimeException ex) {
					compiled.completeExceptionally(ex);
				}
			});
		}
	}

	private void compile(String name, String cypher) {
		try {
			client.query("EXPLAIN " + cypher).run();
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Named query queries/" + name + ".cypher is broken: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A statement written in Java with the rule fragments it uses expanded; call it once, at start.
	 * @param where names the statement in error messages
	 */
	public String assemble(String cypher, String where) {
		return fragments.expand(cypher, where);
	}

	/**
	 * The statement of {@code queries/<name>.cypher}.
	 * @throws IllegalStateException naming the file when there is none
	 */
	public String get(String name) {
		String cypher = queries.get(name);
		if (cypher == null) {
			throw new IllegalStateException("Named query queries/" + name + ".cypher is missing");
		}
		return cypher;
	}

}
