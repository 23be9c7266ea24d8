package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.dataset.ImportWriter.Batch;
import org.liaisongraph.dataset.RowParser.NodeRow;
import org.liaisongraph.dataset.RowParser.RelRow;
import org.liaisongraph.dataset.RowParser.Support;
import org.liaisongraph.route.SeizureTotals;
import org.liaisongraph.support.IntegrationTest;
import org.liaisongraph.treaty.BilateralClauseKinds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class BatchedImportTests extends IntegrationTest {

	// ordered by content, not by element id, so that two graphs built apart compare equal
	private static final String SNAPSHOT = """
			MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') AND NOT n:AuditEntry
			OPTIONAL MATCH (n)-[r]->(m)
			WITH [labels(n), properties(n), type(r), properties(r), labels(m), properties(m)] AS row ORDER BY row
			RETURN collect(row) AS graph""";

	/** A bilateral treaty of Belgium with Cabo Verde and its customs clause, in batches of 2 rows. */
	private static final List<ImportFile> CABO_VERDE_CUSTOMS = List.of(new ImportFile("Treaty.csv", """
			id,title,kind,status,signedOn,inForceFrom,terminatedOn,source,credibility
			t-be-cv-customs,Belgium-Cabo Verde customs,BILATERAL,IN_FORCE,2016-01-01,2017-01-01,2030-01-01,src-a,1
			"""), new ImportFile("PARTY_TO.csv", """
			fromLabel,from,to,since,source
			State,BE,t-be-cv-customs,,src-a
			State,CV,t-be-cv-customs,,src-a
			"""), new ImportFile("Clause.csv", """
			id,type,article,binding,summary,source,credibility
			t-be-cv-customs-art1,CUSTOMS_COOPERATION,Art. 1,true,,src-a,1
			"""), new ImportFile("HAS_CLAUSE.csv", """
			from,to,source
			t-be-cv-customs,t-be-cv-customs-art1,src-a
			"""));

	private static final String BOOKKEEPING = "MATCH (n) WHERE n:GraphImport OR n:GraphImportBatch OR n:GraphImportUndo "
			+ "OR n:GraphImportDerived RETURN count(n)";

	/** Each seizure total as "place year: kg count grade | the same with invented seizures". */
	private static final String TOTALS = """
			MATCH (t:SeizureTotal)
			RETURN t.place + ' ' + t.year + ': ' + t.kg + ' ' + t.count + ' ' + coalesce(t.grade, '-') + ' | '
			       + t.kgWithIllustrative + ' ' + t.countWithIllustrative + ' ' + coalesce(t.gradeWithIllustrative, '-')
			ORDER BY t.place, t.year""";

	/**
	 * Seizures at, from and on many places of the fixture (whose s-anr-2023, 1,000 kg, is at Antwerp
	 * shipped from Guayaquil on r-gye-anr, s-rtm-2024, 250.5 kg, at Rotterdam shipped from
	 * Manzanillo, both graded A): s-m2 is a part of s-m1, s-m4 rests on the invented source (F).
	 */
	private static final List<ImportFile> MANY_PLACES = List.of(new ImportFile("Seizure.csv", """
			id,seizedOn,drug,quantityKg,source
			s-m1,2024-03-01,cocaine,100,src-a
			s-m2,2024-04-01,cocaine,30,src-a
			s-m3,2023-06-01,cannabis,7.5,src-a
			s-m4,2024-07-01,heroin,12,illustrative
			"""), new ImportFile("AT.csv", """
			from,to,source
			s-m1,NLRTM,src-a
			s-m3,BEANR,src-a
			s-m4,PAMIT,src-a
			"""), new ImportFile("SHIPPED_FROM.csv", """
			from,to,source
			s-m1,ECGYE,src-a
			s-m3,PAMIT,src-a
			"""), new ImportFile("SHIPPED_FROM_STATE.csv", """
			from,to,source
			s-m2,CO,src-a
			"""), new ImportFile("PART_OF.csv", """
			from,to,source
			s-m2,s-m1,src-a
			"""), new ImportFile("ON_ROUTE.csv", """
			from,to,source
			s-m1,r-gye-anr,src-a
			"""));

	/** Changes to the fixture: BE renamed and its credibility changed, FR new, NL as it is, ... */
	private static final List<ImportFile> CHANGES = List.of(new ImportFile("State.csv", """
			iso2,name,region,source,credibility
			BE,Kingdom of Belgium,Europe,src-a,3
			FR,France,Europe,src-a,2
			NL,Netherlands,Europe,src-a,1
			"""), new ImportFile("Seizure.csv", """
			id,seizedOn,drug,quantityKg,source
			s-x1,2025-01-10,cocaine,100,src-a
			s-x2,2025-02-10,cocaine,200,src-a
			"""), new ImportFile("MEMBER_OF.csv", """
			from,to,since,source
			BE,EU,1958-03-25,src-a
			"""), new ImportFile("AT.csv", """
			from,to,source
			s-x1,BEANR,src-a
			s-x2,NLRTM,src-a
			"""), new ImportFile("RATED.csv", """
			from,to,year,score,source
			BE,TI-CPI,2024,70,src-a
			FR,TI-CPI,2024,67,src-a
			"""));

	/** More rows than a batch of 2, none of them in the fixture or in CHANGES. */
	private static final List<ImportFile> OTHER = List.of(new ImportFile("Seizure.csv", """
			id,seizedOn,drug,quantityKg,source
			s-y1,2025-03-01,cocaine,10,src-a
			s-y2,2025-03-02,cocaine,20,src-a
			s-y3,2025-03-03,cocaine,30,src-a
			"""));

	@Autowired
	ImportJournal journal;

	@Autowired
	ImportWriter writer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SeizureTotals seizureTotals;

	@Autowired
	BilateralClauseKinds clauseKinds;

	@Test
	void aBatchedImportGivesTheSameGraphAsOneTransaction() {
		var fixture = ImportFile.fromClasspath("classpath:fixture");
		importer.importFiles(fixture);
		var oneTransaction = snapshot();
		emptyGraph();

		List<Integer> batches = new ArrayList<>();
		var result = importer.withBatchSize(5).afterEachBatch(batches::add).importFiles(fixture);

		assertThat(snapshot()).isEqualTo(oneTransaction);
		assertThat(result.rows()).isEqualTo(108);
		// 26 files of at most 5 rows, 2 of 6, 4 of 7 and PARTY_TO of 12: 26 + 2 * 2 + 4 * 2 + 3; then
		// the seizure totals of the ports, states and route the rows bear on, 5 places a batch: 3; then
		// the bilateral clause kinds of the fixture's treaties, fewer than 20 homes or pairs: 1
		assertThat(batches).isEqualTo(IntStream.rangeClosed(1, 45).boxed().toList());
		assertThat(count(BOOKKEEPING)).isZero();
		assertThat(count("MATCH (e:AuditEntry {operation: 'import'}) RETURN count(e)")).isEqualTo(1);
	}

	@Test
	void aBatchThatFailsUndoesWhatTheImportWroteAndRestoresWhatItChanged() {
		loadFixture();
		var before = snapshot();
		long audited = count("MATCH (e:AuditEntry) RETURN count(e)");
		var seenByReaders = new ArrayList<Long>();

		// batches of 2 rows: State [BE, FR], [NL]; Seizure [s-x1, s-x2]; MEMBER_OF; AT; RATED fails
		var failing = importer.withBatchSize(2).afterEachBatch(seq -> {
			if (seq == 6) {
				seenByReaders.add(committedCount("MATCH (n) WHERE n:Seizure AND n.id STARTS WITH 's-x' "
						+ "OR n:State AND n.name = 'Kingdom of Belgium' RETURN count(n)"));
				throw new IllegalStateException("injected failure in batch 6");
			}
		});
		assertThatExceptionOfType(ImportAbortedException.class).isThrownBy(() -> failing.importFiles(CHANGES))
			.withMessageContaining("injected failure in batch 6");

		assertThat(seenByReaders).containsExactly(3L);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
		assertThat(count("MATCH (e:AuditEntry) RETURN count(e)")).isEqualTo(audited);
	}

	@Test
	void aBatchedImportTouchingManyPlacesLeavesEachTheTotalsOfTheCountingRule() {
		loadFixture();

		importer.withBatchSize(2).importFiles(MANY_PLACES);

		var totals = totals();
		assertThat(totals).containsExactly(
				"Port:BEANR 2023: 1007.5 2 A | 1007.5 2 A",
				"Port:BEANR 2024: 0.0 0 - | 40.0 1 F",
				"Port:ECGYE 2023: 1000.0 1 A | 1000.0 1 A",
				// s-m1 alone: s-m2 is a part of it
				"Port:ECGYE 2024: 100.0 1 A | 100.0 1 A",
				"Port:NLRTM 2024: 350.5 2 A | 350.5 2 A",
				"Port:PAMIT 2023: 7.5 1 A | 7.5 1 A",
				"Port:PAMIT 2024: 250.5 1 A | 262.5 2 F",
				// s-m2 counts for CO, which its total s-m1 is not about
				"State:CO 2024: 30.0 1 A | 30.0 1 A",
				"State:EC 2023: 1000.0 1 A | 1000.0 1 A",
				"State:EC 2024: 100.0 1 A | 100.0 1 A",
				"State:PA 2023: 7.5 1 A | 7.5 1 A",
				// s-m4 was seized at Manzanillo, not shipped from it: not Panama's
				"State:PA 2024: 250.5 1 A | 250.5 1 A",
				"TraffickingRoute:r-gye-anr 2023: 1000.0 1 A | 1000.0 1 A",
				"TraffickingRoute:r-gye-anr 2024: 100.0 1 A | 100.0 1 A");
		var routeTotals = stateRouteTotals();
		deriveFacts();
		assertThat(totals()).as("every total computed again").isEqualTo(totals);
		assertThat(stateRouteTotals()).as("the states' route totals computed again").isEqualTo(routeTotals);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void importingTheSameFilesAgainMarksNoPlaceAndChangesNoTotal() {
		loadFixture();
		importer.importFiles(MANY_PLACES);
		// a total computed again would lose this
		neo4j.query("MATCH (t:SeizureTotal) SET t.count = -1, t.countWithIllustrative = -1").run();
		var spoiled = totals();

		List<Integer> batches = new ArrayList<>();
		importer.withBatchSize(2).afterEachBatch(batches::add).importFiles(MANY_PLACES);
		importer.importFiles(MANY_PLACES);

		// Seizure and AT in 2 batches of 2 rows each, the other 4 files in 1 each; no batch of totals
		assertThat(batches).isEqualTo(IntStream.rangeClosed(1, 8).boxed().toList());
		assertThat(totals()).isEqualTo(spoiled);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void aChangedSeizureComputesAgainTheTotalsOfItsPlacesAlone() {
		loadFixture();
		importer.importFiles(MANY_PLACES);
		neo4j.query("MATCH (t:SeizureTotal) SET t.count = -1, t.countWithIllustrative = -1").run();
		var changed = new ArrayList<>(MANY_PLACES);
		changed.set(0, new ImportFile("Seizure.csv", """
				id,seizedOn,drug,quantityKg,source
				s-m1,2024-03-01,cocaine,100,src-a
				s-m2,2024-04-01,cocaine,30,src-a
				s-m3,2023-06-01,cannabis,8.5,src-a
				s-m4,2024-07-01,heroin,12,illustrative
				"""));
		var places = new TreeSet<String>();

		importer.withBatchSize(2)
			.afterEachBatch(seq -> places.addAll(neo4j.query("MATCH (t:GraphImportDerived {fact: 'SeizureTotal'}) UNWIND t.keys AS p RETURN p")
				.fetchAs(String.class)
				.all()))
			.importFiles(changed);

		// s-m3 is at Antwerp, shipped from Manzanillo, a port of Panama
		assertThat(places).containsExactly("Port:BEANR", "Port:PAMIT", "State:PA");
		assertThat(neo4j.query(TOTALS.replace("MATCH (t:SeizureTotal)", "MATCH (t:SeizureTotal) WHERE t.count <> -1"))
			.fetchAs(String.class)
			.all()).containsExactly(
				"Port:BEANR 2023: 1008.5 2 A | 1008.5 2 A",
				"Port:BEANR 2024: 0.0 0 - | 40.0 1 F",
				"Port:PAMIT 2023: 8.5 1 A | 8.5 1 A",
				"Port:PAMIT 2024: 250.5 1 A | 262.5 2 F",
				"State:PA 2023: 8.5 1 A | 8.5 1 A",
				"State:PA 2024: 250.5 1 A | 250.5 1 A");
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void anImportFailingWhileComputingItsTotalsLeavesTheGraphAndItsTotalsAsTheyWere() {
		loadFixture();
		var before = snapshot();
		var totalsBefore = totals();

		// batches of 2 rows, then of 2 places: the third batch of totals fails after two committed
		var failing = importer.withBatchSize(2).afterEachBatch(seq -> {
			if (count("MATCH (t:GraphImportDerived {fact: 'SeizureTotal'}) RETURN count(t)") == 3) {
				assertThat(CompletableFuture.supplyAsync(this::totals).join()).as("the totals readers see")
					.isNotEqualTo(totalsBefore);
				throw new IllegalStateException("injected failure while computing totals");
			}
		});
		assertThatExceptionOfType(ImportAbortedException.class).isThrownBy(() -> failing.importFiles(MANY_PLACES))
			.withMessageContaining("injected failure while computing totals");

		assertThat(totals()).isEqualTo(totalsBefore);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	/** What kill -9 leaves once an import has computed some totals: the recovery undoes them too. */
	@Test
	void anImportCrashedWhileComputingItsTotalsIsRolledBackTotalsIncluded() {
		loadFixture();
		var before = snapshot();

		String id = journal.begin("crashed", 2);
		transactions.executeWithoutResult(status -> {
			journal.enterBatch(id, 1);
			writer.writeNodes("Seizure.csv", GraphModel.node("Seizure"),
					List.of(new NodeRow("s-x1", Map.of("seizedOn", LocalDate.of(2024, 5, 1), "drug", "cocaine",
							"quantityKg", 100.0), List.of(new Support("src-a", 1)))),
					new Batch(id, 1), false);
			writer.writeRelationships("AT.csv", GraphModel.relationship("AT"),
					List.of(new RelRow("Seizure", "s-x1", "Port", "NLRTM", Map.of("source", "src-a"))), new Batch(id, 1), false, row -> false);
		});
		transactions.executeWithoutResult(status -> {
			journal.enterBatch(id, 2);
			journal.recordDerived(id, 2, ImportJournal.SEIZURE_TOTALS, List.of("Port:NLRTM"));
			seizureTotals.refreshPlaces(List.of("Port:NLRTM"));
		});
		assertThat(totals()).contains("Port:NLRTM 2024: 350.5 2 A | 350.5 2 A");

		journal.recover(true);

		assertThat(totals()).contains("Port:NLRTM 2024: 250.5 1 A | 250.5 1 A");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void aBatchedImportComputesTheClauseKindsOfItsTreatiesInBatchesOfTheirOwnAsTheRulesGiveThem() {
		loadFixture();
		var facts = new TreeSet<String>();

		importer.withBatchSize(2)
			.afterEachBatch(seq -> facts.addAll(neo4j.query("MATCH (d:GraphImportDerived {batch: $seq}) RETURN d.fact")
				.bind(seq)
				.to("seq")
				.fetchAs(String.class)
				.all()))
			.importFiles(CABO_VERDE_CUSTOMS);

		assertThat(facts).containsExactly("BilateralClauseKind");
		// the treaty is in force from 2017-01-01 until 2030-01-01, on both sides
		assertThat(clauseKinds()).contains("BE CV CUSTOMS_COOPERATION true 2017-01-01 2030-01-01",
				"CV BE CUSTOMS_COOPERATION true 2017-01-01 2030-01-01");
		var kept = clauseKinds();
		deriveFacts();
		assertThat(clauseKinds()).as("what the import kept, against computing all again").isEqualTo(kept);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	/** What kill -9 leaves once an import has computed some clause kinds: the recovery undoes them too. */
	@Test
	void anImportCrashedWhileComputingItsClauseKindsIsRolledBackKindsIncluded() {
		loadFixture();
		var before = snapshot();
		var kindsBefore = clauseKinds();

		String id = journal.begin("crashed", 3);
		transactions.executeWithoutResult(status -> {
			journal.enterBatch(id, 1);
			writer.writeNodes("Treaty.csv", GraphModel.node("Treaty"),
					List.of(new NodeRow("t-be-cv-customs", Map.of("title", "Belgium-Cabo Verde customs", "kind", "BILATERAL",
							"status", "IN_FORCE", "inForceFrom", LocalDate.of(2017, 1, 1)), List.of(new Support("src-a", 1)))),
					new Batch(id, 1), false);
			writer.writeRelationships("PARTY_TO.csv", GraphModel.relationship("PARTY_TO"),
					List.of(new RelRow("State", "BE", "Treaty", "t-be-cv-customs", Map.of("source", "src-a")),
							new RelRow("State", "CV", "Treaty", "t-be-cv-customs", Map.of("source", "src-a"))),
					new Batch(id, 1), false, row -> false);
			writer.writeNodes("Clause.csv", GraphModel.node("Clause"),
					List.of(new NodeRow("t-be-cv-customs-art1", Map.of("type", "CUSTOMS_COOPERATION", "article", "Art. 1",
							"binding", true), List.of(new Support("src-a", 1)))),
					new Batch(id, 1), false);
			writer.writeRelationships("HAS_CLAUSE.csv", GraphModel.relationship("HAS_CLAUSE"),
					List.of(new RelRow("Treaty", "t-be-cv-customs", "Clause", "t-be-cv-customs-art1", Map.of("source", "src-a"))),
					new Batch(id, 1), false, row -> false);
		});
		var units = clauseKinds.unitsTouchedBy(List.of("Treaty:t-be-cv-customs"));
		transactions.executeWithoutResult(status -> {
			journal.enterBatch(id, 2);
			journal.recordDerived(id, 2, ImportJournal.CLAUSE_KINDS, units);
			clauseKinds.refreshUnits(units);
		});
		assertThat(clauseKinds()).contains("BE CV CUSTOMS_COOPERATION true 2017-01-01 -");

		journal.recover(true);

		assertThat(clauseKinds()).isEqualTo(kindsBefore);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void aRollbackKeepsANodeThatSomeoneElseChangedSinceTheImportDid() {
		loadFixture();

		// batches of 2 rows: State [BE, FR], [NL]; then BE is renamed again elsewhere and the import fails
		var failing = importer.withBatchSize(2).afterEachBatch(seq -> {
			if (seq == 3) {
				CompletableFuture.runAsync(() -> neo4j
					.query("MATCH (s:State {iso2: 'BE'}) SET s.name = 'Belgique', s.version = s.version + 1")
					.run()).join();
				throw new IllegalStateException("injected failure in batch 3");
			}
		});
		assertThatExceptionOfType(ImportAbortedException.class).isThrownBy(() -> failing.importFiles(CHANGES));

		assertThat(neo4j.query("MATCH (s:State) WHERE s.iso2 IN ['BE', 'FR', 'NL'] "
				+ "RETURN s.iso2 + ' v' + s.version + ' ' + s.name ORDER BY s.iso2").fetchAs(String.class).all())
			.containsExactly("BE v3 Belgique", "NL v1 Netherlands");
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void aRowWhoseNodeVanishedDuringTheImportFailsAtWriteTimeAndEverythingIsUndone() {
		loadFixture();
		var before = snapshot();

		// batches of 2 rows: Seizure [s-x1, s-x2]; AT [s-x1, s-x2], and s-x1 is gone by then
		var vanishing = importer.withBatchSize(2).afterEachBatch(seq -> {
			if (seq == 1) {
				neo4j.query("MATCH (s:Seizure {id: 's-x1'}) DETACH DELETE s").run();
			}
		});
		assertThatExceptionOfType(ImportAbortedException.class)
			.isThrownBy(() -> vanishing.importFiles(List.of(CHANGES.get(1), CHANGES.get(3))))
			.withMessageContaining("AT.csv: 1 of 2 rows were not written");

		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	/**
	 * A relationship of a node the import creates is written without being read first, unless
	 * versioned: the second row giving it again, in a later batch, must still be undone.
	 */
	@Test
	void aRelationshipOfANewNodeGivenTwiceInTwoBatchesIsUndoneByARollback() {
		loadFixture();
		var before = snapshot();
		var files = List.of(new ImportFile("State.csv", """
				iso2,name,region,source,credibility
				FR,France,Europe,src-a,2
				"""), new ImportFile("Seizure.csv", """
				id,seizedOn,drug,quantityKg,source
				s-x1,2025-01-10,cocaine,100,src-a
				"""), new ImportFile("AT.csv", """
				from,to,source
				s-x1,BEANR,src-a
				s-x1,BEANR,src-a
				"""), new ImportFile("RATED.csv", """
				from,to,year,score,source
				FR,TI-CPI,2024,67,src-a
				FR,TI-CPI,2024,60,src-a
				"""));
		var written = new ArrayList<String>();

		// batches of 1 row: State, Seizure, AT twice, RATED twice; the sixth fails once written
		var failing = importer.withBatchSize(1).afterEachBatch(seq -> {
			if (seq == 6) {
				written.addAll(neo4j.query("MATCH (:Seizure {id: 's-x1'})-[r:AT]->() RETURN 'AT' AS rel UNION ALL "
						+ "MATCH (:State {iso2: 'FR'})-[r:RATED]->() RETURN 'RATED v' + r.version + ' ' + r.score AS rel")
					.fetchAs(String.class)
					.all());
				throw new IllegalStateException("injected failure in batch 6");
			}
		});
		assertThatExceptionOfType(ImportAbortedException.class).isThrownBy(() -> failing.importFiles(files))
			.withMessageContaining("injected failure in batch 6");

		assertThat(written).containsExactly("AT", "RATED v2 60.0");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void anImportLeftRunningByACrashIsRolledBackByTheRecoveryAtStartOfTheEmbeddedServer() {
		loadFixture();
		var before = snapshot();

		// what a crash after two committed batches leaves: the import RUNNING, its undo data, its rows
		String id = journal.begin("crashed", 4);
		transactions.executeWithoutResult(status -> {
			journal.enterBatch(id, 1);
			writer.writeNodes("State.csv", GraphModel.node("State"),
					List.of(new NodeRow("BE", Map.of("name", "Kingdom of Belgium"), List.of(new Support("src-a", 3))),
							new NodeRow("FR", Map.of("name", "France"), List.of(new Support("src-a", 2)))),
					new Batch(id, 1), false);
		});
		transactions.executeWithoutResult(status -> {
			journal.enterBatch(id, 2);
			writer.writeRelationships("RATED.csv", GraphModel.relationship("RATED"),
					List.of(new RelRow("State", "BE", "Index", "TI-CPI", Map.of("year", 2024L, "score", 70.0, "source", "src-a")),
							new RelRow("State", "FR", "Index", "TI-CPI", Map.of("year", 2024L, "score", 67.0, "source", "src-a"))),
					new Batch(id, 2), false, row -> false);
		});
		assertThat(count("MATCH (g:GraphImport {status: 'RUNNING', batches: 2}) RETURN count(g)")).isEqualTo(1);
		assertThat(count("MATCH (s:State {iso2: 'BE', version: 2})-[r:RATED {year: 2024, version: 2}]->() RETURN r.score"))
			.isEqualTo(70);

		journal.recover(true);

		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void aCompletedImportWhoseUndoDataWasLeftIsOnlyCleanedUpAtStart() {
		loadFixture();
		String id = journal.begin("completed", 1);
		transactions.executeWithoutResult(status -> {
			journal.enterBatch(id, 1);
			writer.writeNodes("State.csv", GraphModel.node("State"),
					List.of(new NodeRow("BE", Map.of("name", "Kingdom of Belgium"), List.of()),
							new NodeRow("FR", Map.of("name", "France"), List.of())),
					new Batch(id, 1), false);
			journal.complete(id);
		});

		journal.recover(true);

		assertThat(neo4j.query("MATCH (s:State) WHERE s.iso2 IN ['BE', 'FR'] RETURN s.iso2 + ' v' + s.version + ' ' + s.name "
				+ "ORDER BY s.iso2").fetchAs(String.class).all()).containsExactly("BE v2 Kingdom of Belgium", "FR v1 France");
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void anUploadStillWritingAtItsRequestsDeadlineStopsAndIsRolledBack() {
		loadFixture();
		var before = snapshot();
		var slow = importer.withBatchSize(2).afterEachBatch(seq -> {
			if (seq == 2) {
				sleep(Duration.ofMillis(1500));
			}
		});

		RequestDeadline.start(Instant.now().plusSeconds(1));
		try {
			assertThatExceptionOfType(ImportAbortedException.class).isThrownBy(() -> slow.importFiles(CHANGES))
				.withMessageContaining("the request ran out of time");
		}
		finally {
			RequestDeadline.end();
		}

		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void aSecondLargeImportIsRefusedWhileOneIsBeingWrittenAndWritesNothing() {
		loadFixture();
		var second = importer.withBatchSize(2);
		var refusals = new ArrayList<Throwable>();
		var first = importer.withBatchSize(2).afterEachBatch(seq -> {
			if (seq == 1) {
				refusals.add(CompletableFuture.supplyAsync(() -> catchThrowable(() -> second.importFiles(OTHER, "second")))
					.join());
			}
		});

		first.importFiles(CHANGES, "first");

		assertThat(refusals).singleElement(InstanceOfAssertFactories.THROWABLE)
			.isInstanceOf(ImportBusyException.class)
			.hasMessageContaining(" by first, started ")
			.hasMessageEndingWith("Nothing was written.");
		assertThat(count("MATCH (s:Seizure) WHERE s.id STARTS WITH 's-y' RETURN count(s)")).isZero();
		assertThat(count(BOOKKEEPING)).isZero();

		second.importFiles(OTHER, "second");
		assertThat(count("MATCH (s:Seizure) WHERE s.id STARTS WITH 's-y' RETURN count(s)")).isEqualTo(3);
	}

	@Test
	void aLargeImportRollsBackOneWhoseHeartbeatStoppedAndTakesItsPlace() {
		loadFixture();
		String crashed = crashAfterRenamingBelgium();
		ageHeartbeat(crashed);

		importer.withBatchSize(2).importFiles(OTHER, "next");

		assertThat(count("MATCH (s:State {name: 'Kingdom of Belgium'}) RETURN count(s)")).isZero();
		assertThat(count("MATCH (s:Seizure) WHERE s.id STARTS WITH 's-y' RETURN count(s)")).isEqualTo(3);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void onASharedServerAnUnfinishedImportIsRolledBackOnlyOnceItsHeartbeatIsStale() {
		loadFixture();
		var before = snapshot();
		String id = crashAfterRenamingBelgium();

		journal.recover(false);
		assertThat(count("MATCH (g:GraphImport {status: 'RUNNING'}) RETURN count(g)")).isEqualTo(1);
		assertThat(count("MATCH (s:State {name: 'Kingdom of Belgium'}) RETURN count(s)")).isEqualTo(1);

		ageHeartbeat(id);
		journal.recover(false);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count(BOOKKEEPING)).isZero();
	}

	@Test
	void aRunningImportRenewsItsHeartbeatUntilItStops() throws InterruptedException {
		loadFixture();
		String id = crashAfterRenamingBelgium();
		ageHeartbeat(id);
		String fresh = "MATCH (g:GraphImport) WHERE g.heartbeat > datetime() - duration('PT1M') RETURN count(g)";

		try (var alive = journal.keepAlive(id, Duration.ofMillis(50))) {
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (count(fresh) == 0 && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertThat(count(fresh)).isEqualTo(1);
		}
		Thread.sleep(200);
		ageHeartbeat(id);
		Thread.sleep(200);
		assertThat(count(fresh)).isZero();
		journal.recover(true);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** What a crash after one batch leaves: the import RUNNING and holding the slot, BE renamed. */
	private String crashAfterRenamingBelgium() {
		String id = journal.begin("crashed", 4);
		transactions.executeWithoutResult(status -> {
			journal.enterBatch(id, 1);
			writer.writeNodes("State.csv", GraphModel.node("State"),
					List.of(new NodeRow("BE", Map.of("name", "Kingdom of Belgium"), List.of(new Support("src-a", 3)))),
					new Batch(id, 1), false);
		});
		return id;
	}

	/** Makes the import's last sign of life older than liaison.dataset.stale-import-after (2 min). */
	private void ageHeartbeat(String id) {
		neo4j.query("MATCH (g:GraphImport {id: $id}) SET g.heartbeat = datetime() - duration('PT10M')").bind(id).to("id").run();
	}

	/** Each bilateral clause kind as "home state type binding from until". */
	private List<String> clauseKinds() {
		return List.copyOf(neo4j.query("""
				MATCH (k:BilateralClauseKind)
				RETURN k.home + ' ' + k.state + ' ' + k.type + ' ' + k.binding + ' ' + k.from + ' ' + coalesce(toString(k.until), '-')
				AS kind ORDER BY kind""").fetchAs(String.class).all());
	}

	private List<String> totals() {
		return List.copyOf(neo4j.query(TOTALS).fetchAs(String.class).all());
	}

	private List<String> stateRouteTotals() {
		return List.copyOf(neo4j.query("""
				MATCH (t:StateRouteTotals)
				RETURN t.state + ' ' + t.year + ': ' + t.kg + ' | ' + t.kgWithIllustrative AS fact
				ORDER BY fact""").fetchAs(String.class).all());
	}

	private Object snapshot() {
		return neo4j.query(SNAPSHOT).fetch().one().orElseThrow().get("graph");
	}

	/** A count as another reader sees it: in a thread of its own, outside the import's transaction. */
	private long committedCount(String cypher) {
		return CompletableFuture.supplyAsync(() -> count(cypher)).join();
	}

}
