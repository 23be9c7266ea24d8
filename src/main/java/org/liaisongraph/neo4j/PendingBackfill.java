package org.liaisongraph.neo4j;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Each derived fact's one computation on a graph that holds the data but not the fact yet: the
 * migration that introduces the fact leaves a {@code PendingBackfill {derived}} node, and the start
 * computes the fact before the reference dataset is loaded and anything is served. The node is
 * removed only once the whole fact is written, so a start cut short computes it again. On a graph
 * that holds nothing the fact derives from (a first start: the migrations ran on an empty graph) the
 * request is removed without computing: there is nothing to derive, and the dataset's load, like
 * every import, derives the fact of what it writes.
 */
@Component
@Order(-1)
public class PendingBackfill implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PendingBackfill.class);

	private final Neo4jClient client;

	private final List<DerivedFact> facts;

	public PendingBackfill(Neo4jClient client, List<DerivedFact> facts) {
		this.client = client;
		this.facts = facts;
	}

	@Override
	public void run(ApplicationArguments args) {
		facts.forEach(this::runIfAsked);
	}

	private void runIfAsked(DerivedFact fact) {
		boolean pending = client.query("MATCH (p:PendingBackfill {derived: $derived}) RETURN count(p) > 0")
			.bind(fact.name())
			.to("derived")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!pending) {
			return;
		}
		long started = System.nanoTime();
		boolean data = client.query("RETURN EXISTS { MATCH (:$($source)) }")
			.bind(fact.sourceLabel())
			.to("source")
			.fetchAs(Boolean.class)
			.one()
			.orElse(true);
		if (data) {
			fact.rebuild();
		}
		client.query("MATCH (p:PendingBackfill {derived: $derived}) DELETE p").bind(fact.name()).to("derived").run();
		if (data) {
			log.info("{} computed in {} ms", fact.description(), (System.nanoTime() - started) / 1_000_000);
		}
		else {
			log.info("{} not computed: the graph holds no {} yet", fact.description(), fact.sourceLabel());
		}
	}

}
