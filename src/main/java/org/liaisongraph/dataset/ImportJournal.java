package org.liaisongraph.dataset;

import java.util.Map;
import java.util.UUID;

import org.liaisongraph.dataset.ImportWriter.Undone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a multi-transaction import all-or-nothing. A {@code GraphImport {id, status}} node is
 * written before the first batch and stays RUNNING while batches commit; every batch transaction
 * first locks it and checks it is still RUNNING. The import's last transaction sets it COMPLETED,
 * after which its undo data is deleted and the node with it. If a batch fails, {@link #rollBack}
 * marks it ROLLING_BACK and undoes the committed batches newest first, one transaction each, so a
 * rollback cut short goes on where it stopped. At start, an import left RUNNING or ROLLING_BACK by
 * a crash is rolled back, and the undo data of a COMPLETED one deleted.
 */
@Component
@Order(-1)
class ImportJournal implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

	private static final int DELETE_CHUNK = 10_000;

	/** What a rollback did. */
	record Rollback(int batches, Undone undone) {
	}

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final ImportWriter writer;

	ImportJournal(Neo4jClient client, TransactionTemplate transactions, ImportWriter writer) {
		this.client = client;
		this.transactions = transactions;
		this.writer = writer;
	}

	@Override
	public void run(ApplicationArguments args) {
		recoverUnfinished();
	}

	/** Starts an import in a transaction of its own and returns its id. */
	String begin(String user, long rows) {
		String id = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> client.query("""
				CREATE (:GraphImport {id: $id, status: 'RUNNING', user: $user, rows: $rows, batches: 0,
				  startedAt: datetime(), heartbeat: datetime()})""")
			.bindAll(Map.of("id", id, "user", user, "rows", rows))
			.run());
		return id;
	}

	/**
	 * First statement of each batch transaction: locks the import's node, so that a rollback
	 * started elsewhere waits for this batch and then sees it, and counts the batch.
	 * @throws IllegalStateException when the import is no longer running (rolled back elsewhere)
	 */
	void enterBatch(String id, int seq) {
		boolean running = client.query("""
				MATCH (g:GraphImport {id: $id})
				SET g.heartbeat = datetime()
				WITH g WHERE g.status = 'RUNNING'
				SET g.batches = $seq
				RETURN count(g) > 0""").bindAll(Map.of("id", id, "seq", seq)).fetchAs(Boolean.class).one().orElse(false);
		if (!running) {
			throw new IllegalStateException("Import " + id + " is no longer running: it was rolled back elsewhere");
		}
	}

	/** Marks the import COMPLETED, in its last transaction. */
	void complete(String id) {
		boolean completed = client.query("""
				MATCH (g:GraphImport {id: $id}) WHERE g.status = 'RUNNING'
				SET g.status = 'COMPLETED', g.finishedAt = datetime()
				RETURN count(g) > 0""").bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
		if (!completed) {
			throw new IllegalStateException("Import " + id + " is no longer running: it was rolled back elsewhere");
		}
	}

	/** Deletes the undo data of a completed import, and its node, a chunk per transaction. */
	void cleanUp(String id) {
		// the existence predicates let the (import, batch) indexes find them
		deleteInChunks("MATCH (u:GraphImportUndo {`__import`: $id}) WHERE u.`__batch` IS NOT NULL", id);
		deleteInChunks("MATCH (u:GraphImportBatch {import: $id}) WHERE u.batch IS NOT NULL", id);
		transactions.executeWithoutResult(
				status -> client.query("MATCH (g:GraphImport {id: $id}) DELETE g").bind(id).to("id").run());
	}

	/** Undoes every committed batch of the import, newest first, then forgets the import. */
	Rollback rollBack(String id) {
		Long batches = transactions.execute(status -> client.query("""
				MATCH (g:GraphImport {id: $id})
				SET g.status = 'ROLLING_BACK'
				RETURN g.batches""").bind(id).to("id").fetchAs(Long.class).one().orElse(0L));
		var undone = ImportWriter.NOTHING;
		for (int seq = batches.intValue(); seq >= 1; seq--) {
			int batch = seq;
			undone = undone.plus(transactions.execute(status -> {
				var result = writer.undo(id, batch);
				client.query("MATCH (g:GraphImport {id: $id}) SET g.batches = $seq")
					.bindAll(Map.of("id", id, "seq", batch - 1))
					.run();
				return result;
			}));
		}
		transactions.executeWithoutResult(
				status -> client.query("MATCH (g:GraphImport {id: $id}) DELETE g").bind(id).to("id").run());
		if (undone.kept() > 0) {
			log.warn("Import {} rolled back; {} nodes or relationships changed by someone else since were kept as they are",
					id, undone.kept());
		}
		return new Rollback(batches.intValue(), undone);
	}

	/** Rolls back the imports a crash left unfinished and cleans up after completed ones. */
	void recoverUnfinished() {
		var imports = client.query("MATCH (g:GraphImport) RETURN g.id AS id, g.status AS status, g.user AS user, "
				+ "toString(g.startedAt) AS startedAt ORDER BY g.startedAt")
			.fetch()
			.all();
		for (var g : imports) {
			String id = (String) g.get("id");
			if ("COMPLETED".equals(g.get("status"))) {
				cleanUp(id);
				continue;
			}
			var rollback = rollBack(id);
			log.warn("Import {} by {} started at {} was left unfinished; rolled back {} batches: {} created deleted, "
					+ "{} changed restored", id, g.get("user"), g.get("startedAt"), rollback.batches(),
					rollback.undone().deleted(), rollback.undone().restored());
		}
	}

	private void deleteInChunks(String match, String id) {
		long deleted;
		do {
			deleted = transactions.execute(status -> client
				.query(match + " WITH u LIMIT $chunk DELETE u RETURN count(*)")
				.bindAll(Map.of("id", id, "chunk", DELETE_CHUNK))
				.fetchAs(Long.class)
				.one()
				.orElse(0L));
		}
		while (deleted > 0);
	}

}
