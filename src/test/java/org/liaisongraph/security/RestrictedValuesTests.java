package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.support.IntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Every place of the schema that can carry a restricted value, for every role and every setting of
 * {@code liaison.security.restricted-role}: the value is shown, and its read logged, exactly when
 * the role is the restricted role or a higher one; otherwise it is null with a FORBIDDEN error. The
 * setting is read once at start; to spare a Spring context per setting the test changes it in
 * place on {@link Access}, where every check reads it.
 */
class RestrictedValuesTests extends IntegrationTest {

	/** Where the schema carries restricted values, each covered by a request below. */
	/** The carriers; the maritime ones are walked role by role and setting by setting in MaritimeAccessTests. */
	private static final Set<String> CARRIERS = Set.of("LiaisonOfficer.name", "AuditEntry.before", "AuditEntry.after",
			"Deployment.areaSouth", "Deployment.areaWest", "Deployment.areaNorth", "Deployment.areaEast",
			"Deployment.seaArea", 			"Detection.latitude", "Detection.longitude", "IntegrityFigure.count");

	private static final String NAME = "Test Officer Two";

	@Autowired
	private Access access;

	@Autowired
	private GraphQlSource graphQlSource;

	private Role configured;

	private final Logger accessLog = (Logger) LoggerFactory.getLogger("org.liaisongraph.security.access");

	private final ListAppender<ILoggingEvent> reads = new ListAppender<>();

	@BeforeEach
	void fixture() {
		loadFixture();
		configured = access.restrictedRole();
		reads.start();
		accessLog.addAppender(reads);
		accessLog.setLevel(Level.INFO);
	}

	@AfterEach
	void restore() {
		ReflectionTestUtils.setField(access, "restrictedRole", configured);
		accessLog.detachAppender(reads);
		accessLog.setLevel(null);
	}

	@Test
	void theSchemaCarriesRestrictedValuesOnlyWhereThisTestLooks() {
		Set<String> carriers = new TreeSet<>();
		for (var type : graphQlSource.schema().getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					if (field.hasAppliedDirective(RestrictedFields.DIRECTIVE)
							|| field.hasAppliedDirective(RestrictedFields.STATE_DIRECTIVE)) {
						carriers.add(object.getName() + "." + field.getName());
					}
					// A type named after a label must guard each restricted property it serves.
					if (RestrictedFields.restrictedProperties(object.getName()).contains(field.getName())) {
						assertThat(field.hasAppliedDirective(RestrictedFields.DIRECTIVE))
							.as(object.getName() + "." + field.getName()).isTrue();
					}
				}
			}
		}
		assertThat(carriers).containsExactlyInAnyOrderElementsOf(CARRIERS);
		assertThat(GraphModel.node("LiaisonOfficer")).isNotNull();
		assertThat(RestrictedFields.restrictedProperties("LiaisonOfficer")).containsExactly("name");
	}

	static Stream<Arguments> rolesAndSettings() {
		List<Arguments> cases = new ArrayList<>();
		for (Role setting : Role.values()) {
			for (Role role : Role.values()) {
				cases.add(Arguments.of(setting, role));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "restricted-role={0}, user {1}")
	@MethodSource("rolesAndSettings")
	void aRestrictedValueIsShownAndLoggedExactlyToClearedRolesWhereverItIs(Role setting, Role role) {
		ReflectionTestUtils.setField(access, "restrictedRole", setting);
		boolean cleared = role.ordinal() >= setting.ordinal();
		GraphQlTester user = as(role);

		// LiaisonOfficer.name, through each query that reaches an officer
		var names = user.documentName("restrictedNames")
			.variable("locode", "ECGYE")
			.variable("postedOn", "2024-06-01")
			.variable("gapsOn", "2022-06-01")
			.execute();
		expect(names, cleared, 9, "liaisonOfficers.nodes[1].name", NAME);

		// AuditEntry.before and after, in the audit trail: an entry of the user's own
		recordChangeBy(role);
		var trail = user.documentName("auditTrail").execute();
		expect(trail, cleared, 2, "auditTrail.nodes[0].before.name", NAME);
		trail.path("auditTrail.nodes[0].before.role").entity(String.class).isEqualTo("CUSTOMS_EXPERT");

		// AuditEntry.before and after, in the changes of a period, everyone's (ANALYST and above)
		if (role.ordinal() >= Role.ANALYST.ordinal()) {
			var changes = user.documentName("restrictedChanges").execute();
			expect(changes, cleared, 2, "changes[0].changes[0].before.name", NAME);
		}

		// AuditEntry.before and after, in the payload of a mutation (a no-op change keeps the name)
		if (role.ordinal() >= Role.EDITOR.ordinal()) {
			var update = user.documentName("updateLiaisonOfficer")
				.variable("input", Map.of("id", "lo-2", "version", 1, "role", "CUSTOMS_EXPERT", "source", Map.of("id", "illustrative")))
				.execute();
			expect(update, cleared, 2, "updateLiaisonOfficer.auditEntry.before.name", NAME);
			var after = update.path("updateLiaisonOfficer.auditEntry.after.name");
			if (cleared) {
				after.entity(String.class).isEqualTo(NAME);
			}
			else {
				after.valueIsNull();
			}
		}

		// the export's column of names
		if (role.ordinal() >= Role.ANALYST.ordinal()) {
			reads.list.clear();
			var export = user.documentName("exportDataset").variable("label", "LiaisonOfficer").execute();
			export.errors().satisfy(errors -> assertThat(errors).hasSize(cleared ? 0 : 1)
				.allSatisfy(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
			String content = export.path("exportDataset.files[0].content").entity(String.class).get();
			assertThat(content.contains(NAME)).isEqualTo(cleared);
			assertThat(reads.list).hasSize(cleared ? 1 : 0);
		}
	}

	@Test
	void anEditorNotClearedReadsNoNameInTheAuditEntryOfTheirOwnNoOpChange() {
		ReflectionTestUtils.setField(access, "restrictedRole", Role.ADMIN);
		var update = editor().documentName("updateLiaisonOfficer")
			.variable("input", Map.of("id", "lo-2", "version", 1, "role", "CUSTOMS_EXPERT", "source", Map.of("id", "illustrative")))
			.execute();
		update.errors().satisfy(errors -> assertThat(errors).extracting(ResponseError::getPath)
			.containsExactly("updateLiaisonOfficer.auditEntry.before", "updateLiaisonOfficer.auditEntry.after"));
		update.path("updateLiaisonOfficer.auditEntry.before.name").valueIsNull();
		update.path("updateLiaisonOfficer.auditEntry.before.role").entity(String.class).isEqualTo("CUSTOMS_EXPERT");
	}

	/**
	 * The response shows the name at the path, and logs a read for each of the {@code count}
	 * restricted values it holds, or hides them all with as many FORBIDDEN errors.
	 */
	private void expect(GraphQlTester.Response response, boolean cleared, int count, String path, String value) {
		if (cleared) {
			response.errors().verify();
			response.path(path).entity(String.class).isEqualTo(value);
			assertThat(reads.list).hasSize(count);
		}
		else {
			response.errors().satisfy(errors -> assertThat(errors).hasSize(count)
				.allSatisfy(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
			response.path(path).valueIsNull();
			assertThat(reads.list).isEmpty();
		}
		reads.list.clear();
	}

	private void recordChangeBy(Role role) {
		neo4j.query("""
				CREATE (:AuditEntry {id: 'e-' + $user, at: datetime(), user: $user, operation: 'updateLiaisonOfficer',
				  entityType: 'LiaisonOfficer', entityKey: 'lo-2', related: [], changed: [],
				  before: '{"name":"Test Officer Two","role":"CUSTOMS_EXPERT"}',
				  after: '{"name":"Test Officer Two","role":"CUSTOMS_EXPERT"}'})""")
			.bind(role.name().toLowerCase(java.util.Locale.ROOT)).to("user")
			.run();
	}

}
