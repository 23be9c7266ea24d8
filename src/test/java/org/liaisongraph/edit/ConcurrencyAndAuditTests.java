package org.liaisongraph.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Concurrent edits, the audit trail they leave, and what a treaty write touches. */
class ConcurrencyAndAuditTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void aSecondEditorSavingTheVersionBothReadIsRefusedAndTheFirstWriteKept() {
		updateTitle(1, "Title by the first editor").errors().verify();
		updateTitle(1, "Title by the second editor").errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).startsWith("input.version: is 1 but the entity is at version 2")));
		graphQl.documentName("treaty").variable("id", "t-be-ec-police").execute()
			.path("treaty.title").entity(String.class).isEqualTo("Title by the first editor");
	}

	@Test
	void ofEditorsSavingAtOnceFromTheSameVersionExactlyOneWins() throws Exception {
		int editors = 6;
		var start = new CountDownLatch(1);
		List<Future<Boolean>> saved = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(editors)) {
			for (int i = 0; i < editors; i++) {
				String title = "Title " + i;
				saved.add(pool.submit(() -> {
					start.await();
					var succeeded = new AtomicBoolean();
					updateTitle(1, title).errors().satisfy(errors -> succeeded.set(errors.isEmpty()));
					return succeeded.get();
				}));
			}
			start.countDown();
		}
		assertThat(saved).filteredOn(ConcurrencyAndAuditTests::get).hasSize(1);
		assertThat(count("MATCH (t:Treaty {id: 't-be-ec-police'}) RETURN t.version")).isEqualTo(2);
		assertThat(count("MATCH (e:AuditEntry {operation: 'updateTreaty'}) RETURN count(e)")).isOne();
	}

	@Test
	void theAuditTrailOfAnEntityListsItsChangesNewestFirstWithWhoAndWhat() {
		OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
		var clause = Map.<String, Object>of("id", "t-be-ec-police-art9", "treaty", "t-be-ec-police", "type", "READMISSION",
				"binding", true, "source", Map.of("new", Map.of("id", "moniteur-2026", "title", "Moniteur belge 2026-03-01",
						"reliability", "A")), "credibility", 2);
		editor().documentName("addClause").variable("input", clause).execute().errors().verify();
		updateTitle(1, "Police cooperation, amended").errors().verify();

		var trail = as(Role.ADMIN).documentName("auditTrail")
			.variable("entity", Map.of("type", "Treaty", "key", "t-be-ec-police"))
			.variable("since", before.toString())
			.execute();
		trail.path("auditTrail.totalCount").entity(Integer.class).isEqualTo(2);
		trail.path("auditTrail.nodes[*].operation").entityList(String.class).containsExactly("updateTreaty", "addClause");
		trail.path("auditTrail.nodes[0].user").entity(String.class).isEqualTo("editor");
		trail.path("auditTrail.nodes[0].changed").entityList(String.class).containsExactly("title");
		trail.path("auditTrail.nodes[0].before.title").entity(String.class).isEqualTo("Belgium-Ecuador police cooperation");
		trail.path("auditTrail.nodes[0].after.title").entity(String.class).isEqualTo("Police cooperation, amended");
		trail.path("auditTrail.nodes[0].after.parties[*].party").entityList(String.class).containsExactly("BE", "EC");
		trail.path("auditTrail.nodes[1].entityType").entity(String.class).isEqualTo("Clause");
		trail.path("auditTrail.nodes[1].sourceId").entity(String.class).isEqualTo("moniteur-2026");
		assertThat(count("MATCH (:Clause {id: 't-be-ec-police-art9'})-[r:SUPPORTED_BY {credibility: 2}]->(:Source {id: 'moniteur-2026', version: 1}) RETURN count(r)"))
			.isOne();
	}

	@Test
	void theAuditTrailSinceAMomentLeavesOutOlderChanges() {
		updateTitle(1, "Amended").errors().verify();
		as(Role.ADMIN).documentName("auditTrail")
			.variable("since", OffsetDateTime.now().plusMinutes(1).toString())
			.execute()
			.path("auditTrail.totalCount").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void removingATreatyRemovesItsClausesAndRecordsThem() {
		var input = Map.<String, Object>of("id", "t-be-ec-police", "version", 1, "source", SOURCE);
		editor().documentName("removeTreaty").variable("input", input).execute()
			.path("removeTreaty.auditEntry.related").entityList(String.class)
			.contains("State:BE", "State:EC", "Clause:t-be-ec-police-art2", "Clause:t-be-ec-police-art3");
		assertThat(count("MATCH (c:Clause) WHERE c.id STARTS WITH 't-be-ec-police' RETURN count(c)")).isZero();
	}

	@Test
	void changingTheCallsOfARouteRewritesItsLegsInTheSameWrite() {
		var calls = List.of(Map.of("port", "ECGYE", "role", "ORIGIN"), Map.of("port", "PAMIT", "role", "TRANSIT"),
				Map.of("port", "BEANR", "role", "DESTINATION"));
		var input = Map.<String, Object>of("id", "r-gye-anr", "version", 1, "calls", calls, "source", SOURCE);
		editor().documentName("updateTraffickingRoute").variable("input", input).execute().errors().verify();
		assertThat(neo4j.query("""
				MATCH (a:Port)-[l:LEG {route: 'r-gye-anr'}]->(b:Port)
				RETURN a.locode + '>' + b.locode + ':' + l.seq + ':' + (l.distanceNm > 0) ORDER BY l.seq""")
			.fetchAs(String.class).all()).containsExactly("ECGYE>PAMIT:0:true", "PAMIT>BEANR:1:true");
	}

	@Test
	void anEditorReadsTheirOwnChangesAndAnAdminEveryonesChanges() {
		as(Role.ADMIN).documentName("addBloc")
			.variable("input", Map.of("code", "MERCOSUR", "name", "Mercosur", "source", SOURCE))
			.execute().errors().verify();
		updateTitle(1, "Amended").errors().verify();
		editor().documentName("auditTrail").execute()
			.path("auditTrail.nodes[*].operation").entityList(String.class).containsExactly("updateTreaty");
		as(Role.ADMIN).documentName("auditTrail").execute()
			.path("auditTrail.nodes[*].user").entityList(String.class).containsExactly("editor", "admin", "system");
	}

	@Test
	void anOfficersNameChangedByAnEditorReachesNoViewerThroughTheAuditTrail() {
		var input = Map.<String, Object>of("id", "lo-2", "version", 1, "name", "Renamed Officer", "source", SOURCE);
		editor().documentName("updateLiaisonOfficer").variable("input", input).execute().errors().verify();
		as(Role.VIEWER).documentName("auditTrail").execute().errors().verify()
			.path("auditTrail.totalCount").entity(Integer.class).isEqualTo(0);
		as(Role.EDITOR).documentName("auditTrail").execute()
			.path("auditTrail.nodes[0].after.name").entity(String.class).isEqualTo("Renamed Officer");
	}

	@Test
	void anOfficersNameInARecordedStateIsNullWithAnErrorForUsersNotClearedForIt() {
		// A change by the viewer account itself, as a role could lose its clearance after making it.
		neo4j.query("""
				CREATE (:AuditEntry {id: 'e-1', at: datetime(), user: 'viewer', operation: 'updateLiaisonOfficer',
				  entityType: 'LiaisonOfficer', entityKey: 'lo-2', related: [], changed: ['name'],
				  before: '{"name":"Test Officer Two","role":"CUSTOMS_EXPERT"}', after: '{"name":"Renamed","role":"CUSTOMS_EXPERT"}'})""")
			.run();
		as(Role.VIEWER).documentName("auditTrail").execute().errors().satisfy(errors -> {
			assertThat(errors).hasSize(2).allSatisfy(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
				assertThat(error.getExtensions()).containsEntry("field", "name");
			});
			assertThat(errors).extracting(error -> error.getPath())
				.containsExactly("auditTrail.nodes[0].before", "auditTrail.nodes[0].after");
		})
			.path("auditTrail.nodes[0].before.role").entity(String.class).isEqualTo("CUSTOMS_EXPERT")
			.path("auditTrail.nodes[0].before.name").valueIsNull()
			.path("auditTrail.nodes[0].after.name").valueIsNull();
	}

	@Test
	void anUnknownEntityTypeInTheAuditTrailIsABadRequest() {
		expectError(graphQl.documentName("auditTrail").variable("entity", Map.of("type", "Planet", "key", "x")),
				ErrorType.BAD_REQUEST, "entity.type");
	}

	private static boolean get(Future<Boolean> saved) {
		try {
			return saved.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private GraphQlTester.Response updateTitle(int version, String title) {
		var input = Map.<String, Object>of("id", "t-be-ec-police", "version", version, "title", title, "source", SOURCE);
		return editor().documentName("updateTreaty").variable("input", input).execute();
	}

}
