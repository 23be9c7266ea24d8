package org.liaisongraph.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import org.liaisongraph.model.GraphModel;
import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.api.RequestTimeoutException;
import org.liaisongraph.audit.AuditLog;
import org.liaisongraph.audit.AuditRecord;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.model.GraphModel.Target;
import org.liaisongraph.dataset.ImportWriter.Batch;
import org.liaisongraph.dataset.RowParser.NodeRow;
import org.liaisongraph.dataset.RowParser.Parsed;
import org.liaisongraph.dataset.RowParser.RelRow;
import org.liaisongraph.route.RouteLegs;
import org.liaisongraph.route.RouteFacts;
import org.liaisongraph.route.SeizureTotals;
import org.liaisongraph.treaty.BilateralClauseKinds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a folder of CSV or JSON files, one per label or relationship type of {@link GraphModel}.
 * <p>
 * First every row of every file is checked, and every problem reported as
 * {@code file:line: field: reason}; if there is any, nothing is written. The files are then read
 * again and their rows merged on their keys, so the parsed rows of a large import are never all in
 * memory. An import of at most {@code liaison.dataset.batch-size} rows, or one that joins the
 * caller's transaction, is written in one transaction. A larger one is written a batch of rows per
 * transaction and kept all-or-nothing by {@link ImportJournal}: if a batch fails, the batches
 * already committed are undone. Readers see the committed batches while the import runs. Each batch
 * notes the places whose seizure totals its rows may change; their totals are computed again once
 * every row is written, in batch transactions of places of their own (see {@code computeTotals}). The last
 * transaction removes route calls a CALLS_AT file no longer lists, derives the route legs and
 * records the import in the audit trail. Running the same import twice changes nothing the second
 * time, versions included.
 */
@Service
public class GraphImporter {

	private static final Logger log = LoggerFactory.getLogger(GraphImporter.class);

	/** The user recorded for imports whose caller names none. */
	static final String UNNAMED_USER = "system";

	/** Places whose seizure totals one transaction computes again, at most (and at most the batch size). */
	private static final int PLACES_PER_BATCH = 500;

	/**
	 * Units of the bilateral clause kinds one transaction computes again: a whole home holds up to a
	 * kind per state, clause kind and side.
	 */
	private static final int KIND_UNITS_PER_BATCH = 20;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final RouteLegs routeLegs;

	private final SeizureTotals seizureTotals;

	private final RouteFacts routeFacts;

	private final BilateralClauseKinds clauseKinds;

	private final AuditLog auditLog;

	private final ImportWriter writer;

	private final ImportJournal journal;

	private final int batchSize;

	private final IntConsumer afterBatch;

	@Autowired
	GraphImporter(Neo4jClient client, TransactionTemplate transactions, RouteLegs routeLegs, SeizureTotals seizureTotals,
			RouteFacts routeFacts, BilateralClauseKinds clauseKinds, AuditLog auditLog, ImportWriter writer,
			ImportJournal journal, DatasetProperties properties) {
		this(client, transactions, routeLegs, seizureTotals, routeFacts, clauseKinds, auditLog, writer, journal,
				properties.batchSize(), seq -> {
				});
	}

	private GraphImporter(Neo4jClient client, TransactionTemplate transactions, RouteLegs routeLegs,
			SeizureTotals seizureTotals, RouteFacts routeFacts, BilateralClauseKinds clauseKinds, AuditLog auditLog,
			ImportWriter writer, ImportJournal journal, int batchSize, IntConsumer afterBatch) {
		this.client = client;
		this.transactions = transactions;
		this.routeLegs = routeLegs;
		this.seizureTotals = seizureTotals;
		this.routeFacts = routeFacts;
		this.clauseKinds = clauseKinds;
		this.auditLog = auditLog;
		this.writer = writer;
		this.journal = journal;
		this.batchSize = batchSize;
		this.afterBatch = afterBatch;
	}

	/** The same importer with another batch size, for tests that need several batches of a small import. */
	GraphImporter withBatchSize(int rows) {
		return new GraphImporter(client, transactions, routeLegs, seizureTotals, routeFacts, clauseKinds, auditLog, writer,
				journal, rows, afterBatch);
	}

	/** The same importer calling {@code hook} at the end of each batch transaction, with its number from 1. */
	GraphImporter afterEachBatch(IntConsumer hook) {
		return new GraphImporter(client, transactions, routeLegs, seizureTotals, routeFacts, clauseKinds, auditLog, writer,
				journal, batchSize, hook);
	}

	/**
	 * Checks and writes the files, recording user {@value #UNNAMED_USER} in the audit trail.
	 * @see #importFiles(List, String)
	 */
	public ImportResult importFiles(List<ImportFile> files) {
		return importFiles(files, UNNAMED_USER);
	}

	/**
	 * Checks and writes the files; in the caller's transaction, if there is one, all in it.
	 * @param user who imports, for the audit trail
	 * @throws ImportFailedException with the problems found, before anything is written
	 * @throws ImportAbortedException when writing failed; what the import wrote is undone
	 */
	public ImportResult importFiles(List<ImportFile> files, String user) {
		return importInputs(files, user);
	}

	/**
	 * The first pass alone: every row of every file checked against the graph model, and the keys
	 * the rows refer to looked up in the files and the graph. Nothing is written.
	 * @return the rows checked by file
	 * @throws ImportFailedException with the problems found
	 */
	Map<String, Integer> checkInputs(List<? extends ImportInput> inputs) {
		return check(inWriteOrder(inputs)).rowsByFile();
	}

	ImportResult importInputs(List<? extends ImportInput> inputs, String user) {
		long started = System.nanoTime();
		List<FileToImport> files = inWriteOrder(inputs);
		var check = check(files);
		Map<String, Integer> rowsByFile = check.rowsByFile();
		String summary = ImportResult.summary(rowsByFile);
		var progress = new ImportProgress("Written", check.totalRows(), System::nanoTime, log::info);
		if (TransactionSynchronizationManager.isActualTransactionActive() || check.totalRows() <= batchSize) {
			writeTransactions().executeWithoutResult(status -> finish(write(files, null, progress), files, user, summary, null));
		}
		else {
			writeInBatches(files, user, summary, check.totalRows(), progress);
		}
		long writing = progress.millis();
		var result = new ImportResult(rowsByFile, (System.nanoTime() - started) / 1_000_000);
		log.info(String.format(Locale.ROOT, "Imported %,d rows from %d files in %.1f s, %,d rows/s (checks %.1f s, "
				+ "writes %.1f s)", result.rows(), rowsByFile.size(), result.millis() / 1e3,
				result.rows() * 1000L / Math.max(1, result.millis()), (result.millis() - writing) / 1e3, writing / 1e3));
		return result;
	}

	// ------------------------------------------------------------------ the first pass: checks

	/** A file with the label or relationship type it holds (null when its name names none). */
	private record FileToImport(ImportInput input, Target target, Object fingerprint) {

		String name() {
			return input.name();
		}

	}

	/** Labels first, Source first of all, then relationship types, so references follow declarations. */
	private static List<FileToImport> inWriteOrder(List<? extends ImportInput> inputs) {
		List<FileToImport> files = new ArrayList<>();
		for (ImportInput input : inputs) {
			files.add(new FileToImport(input, RowParser.targetOf(input.name()), fingerprint(input)));
		}
		files.sort(Comparator
			.comparingInt((FileToImport f) -> (f.target() == null) ? -1 : GraphModel.writeOrder(f.target()))
			.thenComparing(FileToImport::name));
		return files;
	}

	private ImportCheck check(List<FileToImport> files) {
		var check = new ImportCheck(client);
		var progress = new ImportProgress("Checked", 0, System::nanoTime, log::info);
		for (FileToImport file : files) {
			if (file.target() == null) {
				check.problem(file.name(), 0, "file",
						"is not named after a label or relationship type of the graph model");
				continue;
			}
			int rows = new RowParser(file.name(), file.target(), check).read(file.input(), (row, line) -> {
				check.checked(file.name(), line, row);
				progress.advance(1);
			});
			check.rows(file.name(), rows);
		}
		check.finish();
		if (progress.millis() >= ImportProgress.INTERVAL.toMillis()) {
			log.info(progress.finish());
		}
		return check;
	}

	// ------------------------------------------------------------------ the second pass: writes

	private void writeInBatches(List<FileToImport> files, String user, String summary, long rows,
			ImportProgress progress) {
		String id = journal.begin(user, rows);
		try (var alive = journal.keepAlive(id)) {
			writeAndFinish(files, user, summary, id, progress);
			try {
				journal.cleanUp(id);
			}
			catch (RuntimeException ex) {
				log.warn("Import {} is complete but its undo data could not be deleted now; it will be at the next start",
						id, ex);
			}
		}
	}

	private void writeAndFinish(List<FileToImport> files, String user, String summary, String id,
			ImportProgress progress) {
		try {
			var written = write(files, id, progress);
			computeDerived(written, id);
			writeTransactions().executeWithoutResult(status -> finish(written, files, user, summary, id));
		}
		catch (RuntimeException | Error ex) {
			try {
				var rollback = RequestDeadline.lifted(() -> journal.rollBack(id));
				log.error("Import {} failed after {} batches and was rolled back: {} created deleted, "
						+ "{} changed restored", id, rollback.batches(), rollback.undone().deleted(),
						rollback.undone().restored());
			}
			catch (RuntimeException rollbackFailure) {
				ex.addSuppressed(rollbackFailure);
				log.error("Import {} failed and could not be rolled back now; it will be at the next start, or by the "
						+ "next large import once its heartbeat is stale", id, rollbackFailure);
			}
			if (ex instanceof Error error) {
				throw error;
			}
			String reason = RequestDeadline.passed() ? RequestTimeoutException.MESSAGE : ex.getMessage();
			throw new ImportAbortedException("The import failed while writing and was rolled back, nothing of it kept: "
					+ reason, ex);
		}
	}

	/**
	 * What the import's last transactions keep in step with the rows written.
	 * @param callsByRoute the route calls written, route id -> {seq, port}
	 * @param totalsPlaces the places whose seizure totals the rows may have changed, as Label:key
	 * @param batches the batch transactions written so far
	 * @param clauseKindsTouched what the rows bear on of the bilateral clause kinds, as Label:key
	 */
	private record Written(Map<String, List<Map<String, Object>>> callsByRoute, Set<String> totalsPlaces,
			int batches, Set<String> clauseKindsTouched) {
	}

	/**
	 * Writes every file, a batch of rows at a time: each batch in a transaction of its own when the
	 * import has an id, otherwise in the caller's.
	 */
	private Written write(List<FileToImport> files, String importId, ImportProgress progress) {
		Map<String, List<Map<String, Object>>> callsByRoute = new LinkedHashMap<>();
		Set<String> totalsPlaces = new LinkedHashSet<>();
		Set<String> clauseKindsTouched = new LinkedHashSet<>();
		var batches = new int[] { 0 };
		var created = new Created();
		RowParser.Sink unchanged = new ChangedSinceChecked();
		// each file writes its own label or type alone: one of which the graph holds nothing now still
		// holds nothing when its file's first rows are written
		Set<String> fresh = writer.holdingNothing(files.stream().map(FileToImport::target).toList());
		for (FileToImport file : files) {
			List<Parsed> rows = new ArrayList<>();
			Runnable flush = () -> {
				writeBatch(file, rows, importId, ++batches[0], totalsPlaces, fresh.remove(file.target().name()), created);
				progress.advance(rows.size());
				rows.clear();
			};
			new RowParser(file.name(), file.target(), unchanged).read(file.input(), (row, line) -> {
				if (row instanceof RelRow call && file.target() instanceof RelSpec spec
						&& spec.sequence()) {
					callsByRoute.computeIfAbsent(call.from(), r -> new ArrayList<>())
						.add(Map.of("seq", call.props().get("seq"), "port", call.to()));
				}
				if (BilateralClauseKinds.concerns(file.target().name())) {
					clauseKindsTouched.add(clauseKindsRef(file.target().name(), row));
				}
				rows.add(row);
				if (rows.size() == batchSize) {
					flush.run();
				}
			});
			if (!rows.isEmpty()) {
				flush.run();
			}
			if (!Objects.equals(file.fingerprint(), fingerprint(file.input()))) {
				throw new IllegalStateException(file.name() + " changed while it was imported");
			}
		}
		return new Written(callsByRoute, totalsPlaces, batches[0], clauseKindsTouched);
	}

	/** The treaty a row bears on for the clause kinds, else its node or its relationship's first end. */
	private static String clauseKindsRef(String label, Parsed row) {
		return switch (row) {
			case NodeRow node -> label + ":" + node.key();
			case RelRow rel when rel.toLabel().equals("Treaty") -> "Treaty:" + rel.to();
			case RelRow rel -> rel.fromLabel() + ":" + rel.from();
		};
	}

	/**
	 * Writes a batch, in a transaction of its own when the import has an id, and adds the places
	 * whose seizure totals it may have changed to {@code totalsPlaces}.
	 */
	private void writeBatch(FileToImport file, List<Parsed> rows, String importId, int seq, Set<String> totalsPlaces,
			boolean fresh, Created created) {
		if (importId == null) {
			totalsPlaces.addAll(writeRows(file, rows, null, fresh, created));
			return;
		}
		totalsPlaces.addAll(writeTransactions().execute(status -> {
			journal.enterBatch(importId, seq);
			var places = writeRows(file, rows, new Batch(importId, seq), fresh, created);
			afterBatch.accept(seq);
			return places;
		}));
	}

	/**
	 * Writes the rows and returns the places whose seizure totals they may have changed: only rows
	 * that created or changed something count, so that importing the same files again marks no place.
	 * A seizure the import creates is about no place until its links are written; a link the import
	 * creates from it to a place of its own bears on that place alone.
	 */
	private Set<String> writeRows(FileToImport file, List<Parsed> rows, Batch batch, boolean fresh, Created created) {
		String name = file.target().name();
		if (!SeizureTotals.concerns(name)) {
			writeRowsOnly(file, rows, batch, fresh, created);
			return Set.of();
		}
		Set<String> places = new LinkedHashSet<>();
		Set<String> touched = new LinkedHashSet<>();
		if (name.equals("Source")) {
			Map<String, Object> reliabilities = new HashMap<>();
			rows.forEach(row -> reliabilities.put(((NodeRow) row).key(), ((NodeRow) row).props().get("reliability")));
			touched.addAll(seizureTotals.regradedSources(reliabilities));
		}
		for (int written : writeRowsOnly(file, rows, batch, fresh, created)) {
			switch (rows.get(written)) {
				case NodeRow node when name.equals("Seizure") && created.has(name, node.key()) -> {
				}
				case NodeRow node when !name.equals("Source") -> touched.add(name + ":" + node.key());
				case RelRow rel when SeizureTotals.linksToItsPlaceAlone(name) && created.has(rel.fromLabel(), rel.from()) ->
					places.add(rel.toLabel() + ":" + rel.to());
				case RelRow rel -> {
					touched.add(rel.fromLabel() + ":" + rel.from());
					touched.add(rel.toLabel() + ":" + rel.to());
				}
				default -> {
				}
			}
		}
		places.addAll(seizureTotals.placesAffectedBy(touched));
		return places;
	}

	/**
	 * After the rows, before the last transaction, the derived facts the rows may have changed, a few
	 * keys per transaction, each a batch of the import that records its keys first: the seizure
	 * totals of the places, then the bilateral clause kinds of the treaties' parties. Until the import
	 * completes, a rollback undoes the rows and then computes those keys again from the graph as it
	 * was, which gives back what they had: a derived fact is what its rule gives on the graph,
	 * nothing else, so no before-image is kept. Apart from the last transaction: at ten times national
	 * scale, every clause kind in it (with the route facts) failed at {@code -Xmx1g} and the import was
	 * rolled back.
	 */
	private void computeDerived(Written written, String importId) {
		int seq = computeDerived(importId, written.batches(), ImportJournal.SEIZURE_TOTALS,
				List.copyOf(written.totalsPlaces()), Math.min(batchSize, PLACES_PER_BATCH), "Seizure totals computed for",
				"places");
		computeDerived(importId, seq, ImportJournal.CLAUSE_KINDS, clauseKinds.unitsTouchedBy(written.clauseKindsTouched()),
				KIND_UNITS_PER_BATCH, "Bilateral clause kinds computed for", "homes or pairs");
	}

	/** Computes {@code fact} again for {@code keys}, {@code perBatch} per batch transaction; returns the last batch. */
	private int computeDerived(String importId, int seq, String fact, List<String> keys, int perBatch, String did,
			String what) {
		var progress = new ImportProgress(did, what, keys.size(), System::nanoTime, log::info);
		int last = seq;
		for (int from = 0; from < keys.size(); from += perBatch) {
			var batch = keys.subList(from, Math.min(keys.size(), from + perBatch));
			int derivedSeq = ++last;
			writeTransactions().executeWithoutResult(status -> {
				journal.enterBatch(importId, derivedSeq);
				journal.recordDerived(importId, derivedSeq, fact, batch);
				journal.refreshDerived(fact, batch);
				afterBatch.accept(derivedSeq);
			});
			progress.advance(batch.size());
		}
		if (progress.millis() >= ImportProgress.INTERVAL.toMillis()) {
			log.info(progress.finish());
		}
		return last;
	}

	/**
	 * Writes the rows and returns the positions of those that created or changed something.
	 * @param fresh the graph held nothing of the file's label or type before these rows
	 */
	private List<Integer> writeRowsOnly(FileToImport file, List<Parsed> rows, Batch batch, boolean fresh,
			Created created) {
		return switch (file.target()) {
			case NodeSpec spec -> {
				var written = writer.writeNodes(file.name(), spec, rows.stream().map(NodeRow.class::cast).toList(),
						batch, fresh);
				created.add(spec.label(), written.created());
				yield written.positions();
			}
			case RelSpec spec -> writer.writeRelationships(file.name(), spec,
					rows.stream().map(RelRow.class::cast).toList(), batch, fresh,
					row -> created.has(row.fromLabel(), row.from()) || created.has(row.toLabel(), row.to()));
		};
	}

	/** The keys of the nodes this import created, by label. */
	private static final class Created {

		private final Map<String, Set<Object>> keys = new HashMap<>();

		void add(String label, Set<Object> created) {
			if (!created.isEmpty()) {
				keys.computeIfAbsent(label, l -> new HashSet<>()).addAll(created);
			}
		}

		boolean has(String label, String key) {
			return keys.getOrDefault(label, Set.of()).contains(key);
		}

	}

	/**
	 * The last transaction: stale route calls, route legs, the audit entry, and COMPLETED; the seizure
	 * totals and the bilateral clause kinds too when the import is written in one transaction (a
	 * larger one has computed them); the derived route facts, once the calls and totals are final.
	 */
	private void finish(Written written, List<FileToImport> files, String user, String summary, String importId) {
		var callsByRoute = written.callsByRoute();
		if (!callsByRoute.isEmpty()) {
			writer.removeStaleCalls(callsByRoute);
			routeLegs.derive(callsByRoute.keySet());
		}
		if (importId == null) {
			seizureTotals.refreshPlaces(written.totalsPlaces());
			clauseKinds.refreshImported(written.clauseKindsTouched());
		}
		// after the totals: the states' route totals read them
		routeFacts.afterImport(files.stream().map(file -> file.target().name()).toList(), written.totalsPlaces());
		auditLog.record(AuditRecord.ofImport(user, summary));
		if (importId != null) {
			journal.complete(importId);
		}
	}

	/**
	 * Transactions for the import's writes: within a web request (an upload) the database ends them
	 * at the request's deadline and none starts after it, so the import fails and is rolled back
	 * rather than outliving the request. A rollback is never cut short that way.
	 */
	private TransactionTemplate writeTransactions() {
		return RequestDeadline.transactions(transactions.getTransactionManager());
	}

	private static Object fingerprint(ImportInput input) {
		try {
			return input.fingerprint();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + input.name(), ex);
		}
	}

	/** The second pass reads what the first checked: a problem now means the file changed between them. */
	private static final class ChangedSinceChecked implements RowParser.Sink {

		@Override
		public void problem(String file, long line, String field, String reason) {
			throw new IllegalStateException(file + " changed while it was imported: " + file + ":" + line + ": "
					+ field + ": " + reason);
		}

		@Override
		public String declare(String label, String key, String file) {
			return null;
		}

		@Override
		public void reference(String label, String key, String file, long line, String field) {
		}

	}

}
