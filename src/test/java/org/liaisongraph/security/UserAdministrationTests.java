package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaisongraph.api.InputProblem;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The password users an ADMIN adds, changes and removes, and who they are once logged in. */
class UserAdministrationTests extends IntegrationTest {

	private static final String PASSWORD = "correct horse battery";

	private static final String USER_COUNT = "MATCH (u:UserAccount) RETURN count(u)";

	@Test
	void anAdminAddsAUserWhoThenLogsInWithTheRolesGranted() throws Exception {
		add("Maria.Peeters", PASSWORD, List.of("EDITOR")).path("addUser.user.name").entity(String.class)
			.isEqualTo("maria.peeters")
			.path("addUser.user.roles").entityList(String.class).containsExactly("EDITOR")
			.path("addUser.user.enabled").entity(Boolean.class).isEqualTo(true)
			.path("addUser.user.origin").entity(String.class).isEqualTo("GRAPH")
			.path("addUser.user.version").entity(Long.class).isEqualTo(1L)
			.path("addUser.user.passwordSetAt").hasValue();

		// logging in ignores the case of the name
		login("MARIA.peeters", PASSWORD).documentName("me").execute()
			.path("me.name").entity(String.class).isEqualTo("maria.peeters")
			.path("me.roles").entityList(String.class).containsExactly("EDITOR")
			.path("me.clearedForRestricted").entity(Boolean.class).isEqualTo(true);
		expectUnauthorized("maria.peeters", "correct horse battery!");
	}

	@Test
	void theUserListShowsDemoAndAddedUsersByNameAndNeverAPassword() {
		add("jan", PASSWORD, List.of("VIEWER", "ANALYST")).path("addUser.user.version").hasValue();

		var response = as(Role.ADMIN).documentName("users").execute();
		response.path("users.totalCount").entity(Integer.class).isEqualTo(5)
			.path("users.nodes[*].name").entityList(String.class).containsExactly("admin", "analyst", "editor", "jan", "viewer")
			.path("users.nodes[*].origin").entityList(String.class).containsExactly("DEMO", "DEMO", "DEMO", "GRAPH", "DEMO")
			.path("users.nodes[3].roles").entityList(String.class).containsExactly("VIEWER", "ANALYST")
			.path("users.nodes[0].version").valueIsNull();
		as(Role.ADMIN).documentName("users").variable("first", 2).execute()
			.path("users.nodes[*].name").entityList(String.class).containsExactly("admin", "analyst");
	}

	@Test
	void onlyAnAdminSeesOrManagesUsersAndNothingIsWrittenForOthers() {
		for (Role role : List.of(Role.VIEWER, Role.ANALYST, Role.EDITOR)) {
			expectForbidden(as(role).documentName("users"));
			expectForbidden(as(role).documentName("addUser").variable("input", input("eve", PASSWORD, List.of("ADMIN"))));
		}
		assertThat(count(USER_COUNT)).isZero();
		as(Role.VIEWER).documentName("me").execute().path("me.roles").entityList(String.class).containsExactly("VIEWER")
			.path("me.clearedForRestricted").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void everyProblemOfANewUserIsReportedAtOnceAndNothingIsWritten() {
		as(Role.ADMIN).documentName("addUser").variable("input", input("x", "short", List.of())).execute().errors()
			.satisfy(errors -> assertThat(errors).extracting(error -> error.getErrorType().toString() + " "
					+ error.getExtensions().get("field"))
				.containsExactly("BAD_REQUEST input.name", "BAD_REQUEST input.password", "BAD_REQUEST input.roles"));
		expectError(as(Role.ADMIN).documentName("addUser").variable("input", input("maria", "my name is maria!", List.of("VIEWER"))),
				ErrorType.BAD_REQUEST, "input.password");
		// a demo (or configured) user is changed in the configuration, not here
		expectError(as(Role.ADMIN).documentName("addUser").variable("input", input("Analyst", PASSWORD, List.of("VIEWER"))),
				ErrorType.BAD_REQUEST, "input.name");
		expectError(as(Role.ADMIN).documentName("addUser").variable("input", input("maria", PASSWORD, List.of("GOD"))),
				ErrorType.BAD_REQUEST, "input.roles[0]");
		assertThat(count(USER_COUNT)).isZero();

		add("maria", PASSWORD, List.of("VIEWER"));
		expectError(as(Role.ADMIN).documentName("addUser").variable("input", input("MARIA", PASSWORD + "2", List.of("ADMIN"))),
				ErrorType.BAD_REQUEST, "input.name");
		assertThat(neo4j.query("MATCH (u:UserAccount) RETURN u.name + ' ' + u.roles[0]").fetchAs(String.class).all())
			.containsExactly("maria VIEWER");
	}

	@Test
	void aChangeNamesTheVersionItReadAndANewPasswordReplacesTheOld() throws Exception {
		add("maria", PASSWORD, List.of("VIEWER"));

		update(Map.of("name", "maria", "version", 1, "password", "a new passphrase", "roles", List.of("ANALYST")))
			.path("updateUser.user.version").entity(Long.class).isEqualTo(2L)
			.path("updateUser.user.roles").entityList(String.class).containsExactly("ANALYST");
		login("maria", "a new passphrase").documentName("me").execute().path("me.roles").entityList(String.class)
			.containsExactly("ANALYST");
		expectUnauthorized("maria", PASSWORD);

		// a second admin still holding version 1
		expectError(as(Role.ADMIN).documentName("updateUser").variable("input", Map.of("name", "maria", "version", 1,
				"roles", List.of("ADMIN"))), InputProblem.Conflict.CONFLICT, "input.version");
		expectError(as(Role.ADMIN).documentName("removeUser").variable("input", Map.of("name", "maria", "version", 1)),
				InputProblem.Conflict.CONFLICT, "input.version");
		expectError(as(Role.ADMIN).documentName("updateUser").variable("input", Map.of("name", "nobody", "version", 1)),
				ErrorType.NOT_FOUND, "input.name");
		assertThat(neo4j.query("MATCH (u:UserAccount) RETURN u.name + ' v' + u.version + ' ' + u.roles[0]")
			.fetchAs(String.class).all()).containsExactly("maria v2 ANALYST");
	}

	@Test
	void aDisabledOrRemovedUserCannotLogIn() throws Exception {
		add("maria", PASSWORD, List.of("VIEWER"));
		update(Map.of("name", "maria", "version", 1, "enabled", false)).path("updateUser.user.enabled")
			.entity(Boolean.class).isEqualTo(false);
		expectUnauthorized("maria", PASSWORD);

		update(Map.of("name", "maria", "version", 2, "enabled", true));
		login("maria", PASSWORD).documentName("me").execute().path("me.name").entity(String.class).isEqualTo("maria");

		as(Role.ADMIN).documentName("removeUser").variable("input", Map.of("name", "maria", "version", 3)).execute()
			.path("removeUser.name").entity(String.class).isEqualTo("maria");
		expectUnauthorized("maria", PASSWORD);
		assertThat(count(USER_COUNT)).isZero();
	}

	@Test
	void aUserWhoJustLoggedInIsRefusedAtOnceAfterAPasswordChangeOrWhenDisabled() throws Exception {
		add("maria", PASSWORD, List.of("VIEWER"));
		login("maria", PASSWORD).documentName("me").execute().path("me.name").entity(String.class).isEqualTo("maria");

		update(Map.of("name", "maria", "version", 1, "password", "a new passphrase"));
		expectUnauthorized("maria", PASSWORD);
		login("maria", "a new passphrase").documentName("me").execute().path("me.name").entity(String.class)
			.isEqualTo("maria");

		update(Map.of("name", "maria", "version", 2, "enabled", false));
		expectUnauthorized("maria", "a new passphrase");
	}

	@Test
	void anAdminCannotLockThemselvesOut() {
		add("root", PASSWORD, List.of("ADMIN"));
		var root = login("root", PASSWORD);

		expectError(root.documentName("updateUser").variable("input", Map.of("name", "root", "version", 1, "enabled", false)),
				ErrorType.BAD_REQUEST, "input.enabled");
		expectError(root.documentName("updateUser").variable("input", Map.of("name", "root", "version", 1,
				"roles", List.of("EDITOR"))), ErrorType.BAD_REQUEST, "input.roles");
		expectError(root.documentName("removeUser").variable("input", Map.of("name", "root", "version", 1)),
				ErrorType.BAD_REQUEST, "input.name");
		assertThat(neo4j.query("MATCH (u:UserAccount) RETURN u.name + ' v' + u.version + ' ' + u.enabled")
			.fetchAs(String.class).all()).containsExactly("root v1 true");
	}

	@Test
	void userChangesAreAuditedWithTheAdminButNeverThePasswordOrItsHash() {
		add("maria", PASSWORD, List.of("VIEWER"));
		update(Map.of("name", "maria", "version", 1, "password", "a new passphrase"));

		var entries = neo4j.query("MATCH (e:AuditEntry {entityType: 'UserAccount'}) "
				+ "RETURN e.user + ' ' + e.operation + ' ' + e.entityKey AS line, e.changed AS changed, "
				+ "coalesce(e.before, '') + coalesce(e.after, '') AS states ORDER BY e.at").fetch().all();
		assertThat(entries).extracting(row -> row.get("line") + " " + row.get("changed"))
			.containsExactly("admin addUser maria [enabled, name, passwordSetAt, roles, version]",
					"admin updateUser maria [passwordSetAt, version]");
		assertThat(entries).extracting(row -> String.valueOf(row.get("states")))
			.allSatisfy(states -> assertThat(states).doesNotContain("passwordHash", "$2a$", PASSWORD, "a new passphrase"));
		as(Role.ADMIN).documentName("auditTrail").variable("entity", Map.of("type", "UserAccount", "key", "Maria")).execute()
			.path("auditTrail.totalCount").entity(Integer.class).isEqualTo(2)
			.path("auditTrail.nodes[*].operation").entityList(String.class).contains("addUser", "updateUser");
	}

	private GraphQlTester.Response add(String name, String password, List<String> roles) {
		var response = as(Role.ADMIN).documentName("addUser").variable("input", input(name, password, roles)).execute();
		response.errors().verify();
		return response;
	}

	private GraphQlTester.Response update(Map<String, Object> input) {
		var response = as(Role.ADMIN).documentName("updateUser").variable("input", input).execute();
		response.errors().verify();
		return response;
	}

	private static Map<String, Object> input(String name, String password, List<String> roles) {
		var input = new HashMap<String, Object>();
		input.put("name", name);
		input.put("password", password);
		input.put("roles", roles);
		return input;
	}

	private HttpGraphQlTester login(String name, String password) {
		return anonymous.mutate().headers(headers -> headers.setBasicAuth(name, password)).build();
	}

	private void expectUnauthorized(String name, String password) throws Exception {
		mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.content("{\"query\":\"{ me { name } }\"}")
			.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
				.encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isUnauthorized());
	}

	private static void expectForbidden(GraphQlTester.Request<?> request) {
		request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
			assertThat(error.getExtensions()).containsEntry("requiredRole", "ADMIN");
		}));
	}

}
