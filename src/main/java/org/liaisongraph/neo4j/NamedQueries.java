package org.liaisongraph.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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
 * A restart skips it when the files, the Neo4j version and the schema version are those of the last
 * compile that passed, recorded in the graph (a {@code __NamedQueriesCompiled} node, outside the
 * model like the migrations' own): they compiled then, so they compile now. A first start skips it
 * too when they are those the build's tests compiled, whose fingerprint the build keeps in
 * {@value #COMPILED_BY_THE_BUILD} ({@code NamedQueriesTests} compiles the files and fails when it
 * is not theirs): a file changed since, another Neo4j or another schema version compiles them.
 * Statements written in Java that need a rule are assembled by {@link #assemble}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class NamedQueries implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NamedQueries.class);

	/** In the folder of the files: the fingerprint of the files the build's tests compiled. */
	static final String COMPILED_BY_THE_BUILD = "compiled.sha256";

	private final Map<String, String> queries = new TreeMap<>();

	private final Neo4jClient client;

	private final CypherFragments fragments;

	/** What the compile depends on besides the files (the schema version, once applied), null to compile always. */
	private final Supplier<String> schemaVersion;

	/** Completes true when the files were compiled, false when the same files had passed before. */
	private CompletableFuture<Boolean> compiled;

	/** The fingerprint in {@value #COMPILED_BY_THE_BUILD}, empty when the folder has none. */
	private final String compiledByTheBuild;

	@Autowired
	NamedQueries(Neo4jClient client, GraphSchema schema, NamedQueriesProperties properties) throws IOException {
		this(client, "classpath:queries", schema::version);
		if (properties.checkAtStart()) {
			compileInBackground();
		}
		else {
			compiled = CompletableFuture.completedFuture(false);
		}
	}

	NamedQueries(Neo4jClient client, String location) throws IOException {
		this(client, location, (Supplier<String>) null);
	}

	NamedQueries(Neo4jClient client, String location, String schemaVersion) throws IOException {
		this(client, location, () -> schemaVersion);
	}

	private NamedQueries(Neo4jClient client, String location, Supplier<String> schemaVersion) throws IOException {
		this.fragments = new CypherFragments(location + "/fragments");
		for (Resource file : new PathMatchingResourcePatternResolver().getResources(location + "/*.cypher")) {
			String name = file.getFilename().substring(0, file.getFilename().length() - ".cypher".length());
			queries.put(name, assemble(file.getContentAsString(StandardCharsets.UTF_8).strip(),
					"queries/" + name + ".cypher"));
		}
		Resource build = new PathMatchingResourcePatternResolver().getResource(location + "/" + COMPILED_BY_THE_BUILD);
		this.compiledByTheBuild = build.exists() ? build.getContentAsString(StandardCharsets.UTF_8).strip() : "";
		this.client = client;
		this.schemaVersion = schemaVersion;
	}

	/** Waits for every file to be compiled. @throws IllegalStateException naming a broken file */
	@Override
	public void run(ApplicationArguments args) {
		compileInBackground();
		BackgroundStart.await(compiled);
	}

	/** Whether the start compiled the files (false: the same files had passed before). */
	boolean compiledAtStart() {
		return compiled.join();
	}

	/** Starts compiling every file, once, on a thread of its own, unless the same files passed before. */
	private synchronized void compileInBackground() {
		if (compiled == null) {
			compiled = BackgroundStart.start("named-queries-check", this::compileUnlessUnchanged);
		}
	}

	/** Compiles every file unless the same files passed before; true when it compiled them. */
	private boolean compileUnlessUnchanged() {
		long started = System.nanoTime();
		String fingerprint = fingerprint();
		if (fingerprint != null && fingerprint.equals(compiledByTheBuild)) {
			log.info("Named queries are those the build compiled on this Neo4j and schema version: {}, not compiled again",
					queries.size());
			return false;
		}
		if (fingerprint != null && client.query("MATCH (c:__NamedQueriesCompiled) RETURN c.fingerprint")
			.fetchAs(String.class)
			.all()
			.contains(fingerprint)) {
			log.info("Named queries unchanged since they last compiled: {}, not compiled again", queries.size());
			return false;
		}
		queries.forEach(this::compile);
		if (fingerprint != null) {
			client.query("MERGE (c:__NamedQueriesCompiled) SET c.fingerprint = $fingerprint")
				.bind(fingerprint)
				.to("fingerprint")
				.run();
		}
		// the start waits for this last: its time says whether it is on the start's critical path
		log.info("Named queries compiled: {} in {} ms", queries.size(), (System.nanoTime() - started) / 1_000_000);
		return true;
	}

	/** The files as assembled, the database's version and the schema version; null without the latter. */
	String fingerprint() {
		if (schemaVersion == null) {
			return null;
		}
		String schema = schemaVersion.get();
		List<String> versions = client.query("CALL dbms.components() YIELD name, versions, edition "
				+ "RETURN name + ' ' + versions[0] + ' ' + edition")
			.fetchAs(String.class)
			.all()
			.stream()
			.sorted()
			.toList();
		List<byte[]> parts = new ArrayList<>();
		parts.add((versions + "\n" + schema).getBytes(StandardCharsets.UTF_8));
		queries.forEach((name, cypher) -> parts.add(("\n" + name + "\n" + cypher).getBytes(StandardCharsets.UTF_8)));
		return Sha256.of(parts);
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
