package org.liaisongraph.dataset;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.liaisongraph.dataset.ImportWriter.Undone;
import org.liaisongraph.neo4j.EmbeddedNeo4jServer;
import org.liaisongraph.route.SeizureTotals;
import org.liaisongraph.treaty.BilateralClauseKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a multi-transaction import all-or-nothing. A {@code GraphImport {id, status}} node is
 * written before the first batch and stays RUNNING while batches commit; every batch transaction
 * first locks it and checks it is still RUNNING. The import's last transaction sets it COMPLETED,
 * after which its undo data is deleted and the node with it. If a batch fails, {@link #rollBack}
 * marks it ROLLING_BACK and undoes the committed batches newest first, one transaction each, so a
 * rollback cut short goes on where it stopped. Batches that compute derived facts again (seizure
 * totals, bilateral clause kinds) record what they computed ({@code GraphImportDerived {fact, keys}})
 * instead of undo data: a derived fact is what its rule gives on the graph, so a rollback computes
 * those keys again once the rows are undone, and only then forgets them.
 * <p>
 * Until it has completed or been rolled back the import holds the one import slot (a unique
 * {@code slot} property), so that a second large import is refused rather than interleaved with
 * it, and renews a heartbeat. An import left RUNNING or ROLLING_BACK by a crash is rolled back,
 * and the undo data of a COMPLETED one deleted: at start on the embedded server, which no other
 * process can open; on a shared server, where the import may belong to another instance that is
 * alive, only once its heartbeat is {@code liaison.dataset.stale-import-after} old, by a sweep at
 * start and then at that interval, and by the next import that finds the slot taken.
 */
@Component
@Order(-1)
class ImportJournal implements ApplicationRunner, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

	private static final int DELETE_CHUNK = 10_000;

	/** The value of the slot property the import being written holds, unique by constraint. */
	private static final String SLOT = "large-import";

	/** The derived facts a batch may compute again, as it records them. */
	static final String SEIZURE_TOTALS = "SeizureTotal";

	static final String CLAUSE_KINDS = "BilateralClauseKind";

	/** A heartbeat being renewed; closing it stops the renewal. */
	interface Heartbeat extends AutoCloseable {

		@Override
		void close();

	}

	/** What a rollback did. */
	record Rollback(int batches, Undone undone) {
	}

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final ImportWriter writer;

	/** How a rollback computes each derived fact again, by the name a batch records it under. */
	private final Map<String, Consumer<List<String>>> derived;

	private final boolean exclusive;

	private final Duration staleAfter;

	// two threads, so that a heartbeat waiting for a batch's lock never holds up the sweep or another
	private final ScheduledExecutorService heartbeats = Executors.newScheduledThreadPool(2,
			Thread.ofPlatform().name("import-heartbeat-", 1).daemon().factory());

	ImportJournal(Neo4jClient client, TransactionTemplate transactions, ImportWriter writer, SeizureTotals totals,
			BilateralClauseKinds clauseKinds, ObjectProvider<EmbeddedNeo4jServer> embedded, DatasetProperties properties) {
		this.client = client;
		this.transactions = transactions;
		this.writer = writer;
		this.derived = Map.of(SEIZURE_TOTALS, totals::refreshPlaces, CLAUSE_KINDS, clauseKinds::refreshUnits);
		this.exclusive = embedded.getIfAvailable() != null;
		this.staleAfter = properties.staleImportAfter();
	}

	@Override
	public void run(ApplicationArguments args) {
		recover(exclusive);
		if (!exclusive) {
			heartbeats.scheduleWithFixedDelay(this::sweep, staleAfter.toMillis(), staleAfter.toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public void destroy() {
		heartbeats.shutdownNow();
	}

	/**
	 * Starts an import in a transaction of its own and returns its id. If the import slot is held by
	 * an import whose heartbeat is stale, that one is rolled back first.
	 * @throws ImportBusyException when another import holds the slot
	 */
	String begin(String user, long rows) {
		for (int attempt = 1;; attempt++) {
			String id = UUID.randomUUID().toString();
			try {
				transactions.executeWithoutResult(status -> client.query("""
						CREATE (:GraphImport {id: $id, slot: $slot, status: 'RUNNING', user: $user, rows: $rows,
						  batches: 0, startedAt: datetime(), heartbeat: datetime()})""")
					.bindAll(Map.of("id", id, "slot", SLOT, "user", user, "rows", rows))
					.run());
				return id;
			}
			catch (DataIntegrityViolationException slotTaken) {
				var holder = client.query("""
						MATCH (g:GraphImport {slot: $slot})
						RETURN g.id AS id, g.user AS user, toString(g.startedAt) AS startedAt, g.batches AS batches,
						  g.heartbeat < datetime() - duration({seconds: $stale}) AS stale""")
					.bindAll(Map.of("slot", SLOT, "stale", staleAfter.toSeconds()))
					.fetch()
					.one();
				if (holder.isEmpty() && attempt < 3) {
					continue;
				}
				var g = holder.orElseThrow(() -> slotTaken);
				if (!Boolean.TRUE.equals(g.get("stale")) || attempt >= 3) {
					throw new ImportBusyException((String) g.get("id"), (String) g.get("user"),
							(String) g.get("startedAt"), (Long) g.get("batches"));
				}
				recoverCrashed((String) g.get("id"), (String) g.get("user"), (String) g.get("startedAt"));
			}
		}
	}

	/**
	 * Renews the import's heartbeat, in transactions of its own, until closed: while it does, no
	 * other instance takes the import for a crashed one.
	 */
	Heartbeat keepAlive(String id) {
		return keepAlive(id, staleAfter.dividedBy(4));
	}

	Heartbeat keepAlive(String id, Duration interval) {
		long every = interval.toMillis();
		ScheduledFuture<?> renewal = heartbeats.scheduleWithFixedDelay(() -> {
			try {
				transactions.executeWithoutResult(status -> client
					.query("MATCH (g:GraphImport {id: $id}) SET g.heartbeat = datetime()")
					.bind(id)
					.to("id")
					.run());
			}
			catch (RuntimeException ex) {
				log.warn("Could not renew the heartbeat of import {}", id, ex);
			}
		}, every, every, TimeUnit.MILLISECONDS);
		return () -> renewal.cancel(false);
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

	/**
	 * Records, in a batch transaction that computes a derived fact again, what it computes, so that a
	 * rollback computes them again once the rows are undone.
	 * @param fact {@link #SEIZURE_TOTALS} (keys: places as {@code Label:key}) or {@link #CLAUSE_KINDS}
	 * (keys: units of {@code BilateralClauseKinds})
	 */
	void recordDerived(String id, int seq, String fact, List<String> keys) {
		client.query("CREATE (:GraphImportDerived {import: $id, batch: $seq, fact: $fact, keys: $keys})")
			.bindAll(Map.of("id", id, "seq", seq, "fact", fact, "keys", keys))
			.run();
	}

	/**
	 * Computes {@code fact} again for {@code keys}, in the caller's transaction: what a batch records
	 * with {@link #recordDerived} and a rollback repeats, so both compute a fact the same way.
	 */
	void refreshDerived(String fact, List<String> keys) {
		derived.get(fact).accept(keys);
	}

	/** Marks the import COMPLETED, in its last transaction, which frees the import slot. */
	void complete(String id) {
		boolean completed = client.query("""
				MATCH (g:GraphImport {id: $id}) WHERE g.status = 'RUNNING'
				SET g.status = 'COMPLETED', g.finishedAt = datetime()
				REMOVE g.slot
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
		deleteInChunks("MATCH (u:GraphImportDerived {import: $id})", id);
		transactions.executeWithoutResult(
				status -> client.query("MATCH (g:GraphImport {id: $id}) DELETE g").bind(id).to("id").run());
	}

	/**
	 * Undoes every committed batch of the import, newest first, then computes again the derived facts
	 * its batches computed, from the rows as they were, then forgets the import.
	 */
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
		// kept until the rows are undone: a rollback cut short before then computes them again on resuming
		for (long record : client.query("MATCH (d:GraphImportDerived {import: $id}) RETURN d.batch ORDER BY d.batch")
			.bind(id)
			.to("id")
			.fetchAs(Long.class)
			.all()) {
			transactions.executeWithoutResult(status -> client.query("""
					MATCH (d:GraphImportDerived {import: $id, batch: $batch})
					WITH d, d.fact AS fact, d.keys AS keys
					DELETE d
					RETURN fact, keys""")
				.bindAll(Map.of("id", id, "batch", record))
				.fetch()
				.one()
				.ifPresent(row -> refreshDerived((String) row.get("fact"),
						((List<?>) row.get("keys")).stream().map(String::valueOf).toList())));
		}
		transactions.executeWithoutResult(
				status -> client.query("MATCH (g:GraphImport {id: $id}) DELETE g").bind(id).to("id").run());
		if (undone.kept() > 0) {
			log.warn("Import {} rolled back; {} nodes or relationships changed by someone else since were kept as they are",
					id, undone.kept());
		}
		return new Rollback(batches.intValue(), undone);
	}

	/**
	 * Rolls back the imports a crash left unfinished and cleans up after completed ones.
	 * @param exclusive whether this process is the only one that writes into the graph, so that
	 * every unfinished import is a crashed one; otherwise only those with a stale heartbeat are
	 */
	void recover(boolean exclusive) {
		var imports = client.query("""
				MATCH (g:GraphImport)
				RETURN g.id AS id, g.status AS status, g.user AS user, toString(g.startedAt) AS startedAt,
				  coalesce(g.heartbeat < datetime() - duration({seconds: $stale}), true) AS stale
				ORDER BY g.startedAt""").bind(staleAfter.toSeconds()).to("stale").fetch().all();
		for (var g : imports) {
			String id = (String) g.get("id");
			if (!exclusive && !Boolean.TRUE.equals(g.get("stale"))) {
				log.info("Import {} by {} started at {} is being written by another instance; left to it", id,
						g.get("user"), g.get("startedAt"));
				continue;
			}
			if ("COMPLETED".equals(g.get("status"))) {
				cleanUp(id);
				continue;
			}
			recoverCrashed(id, (String) g.get("user"), (String) g.get("startedAt"));
		}
	}

	private void recoverCrashed(String id, String user, String startedAt) {
		try (var alive = keepAlive(id)) {
			var rollback = rollBack(id);
			log.warn("Import {} by {} started at {} was left unfinished; rolled back {} batches: {} created deleted, "
					+ "{} changed restored", id, user, startedAt, rollback.batches(), rollback.undone().deleted(),
					rollback.undone().restored());
		}
	}

	/** The periodic sweep on a shared server: a failure is logged, and the next sweep tries again. */
	private void sweep() {
		try {
			recover(false);
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for crashed imports now; trying again in {}", staleAfter, ex);
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
