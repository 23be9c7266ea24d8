package org.liaisongraph.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

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
 * Cypher takes seconds, so it runs last, once the reference dataset is in and the first queries
 * can be answered. Statements written in Java that need a rule are assembled by {@link #assemble}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class NamedQueries implements ApplicationRunner {

	private final Map<String, String> queries = new TreeMap<>();

	private final Neo4jClient client;

	private final CypherFragments fragments;

	@Autowired
	NamedQueries(Neo4jClient client, GraphSchema schema) throws IOException {
		this(client, "classpath:queries");
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

	@Override
	public void run(ApplicationArguments args) {
		queries.forEach((name, cypher) -> {
			try {
				client.query("EXPLAIN " + cypher).run();
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("Named query queries/" + name + ".cypher is broken: " + ex.getMessage(),
						ex);
			}
		});
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
