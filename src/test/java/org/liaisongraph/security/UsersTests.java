package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class UsersTests {

	// cost 4 keeps the test fast; a configured hash may have any cost
	private static final String HASH = new BCryptPasswordEncoder(4).encode("s3cret-passphrase");

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	@Test
	void configuredUsersLogInWithThePasswordOfTheirHash(CapturedOutput output) {
		var users = Users.of(properties(List.of(new AccessProperties.User("maria", HASH, Set.of(Role.EDITOR)),
				new AccessProperties.User("jan", "{bcrypt}" + HASH.replace("$2a$", "$2y$"), Set.of(Role.VIEWER)))));
		var maria = users.find("maria").orElseThrow();
		assertThat(bcrypt.matches("s3cret-passphrase", maria.getPassword())).isTrue();
		assertThat(bcrypt.matches("wrong", maria.getPassword())).isFalse();
		assertThat(maria.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_EDITOR");
		assertThat(bcrypt.matches("s3cret-passphrase", users.find("jan").orElseThrow().getPassword())).isTrue();
		assertThat(users.find("analyst")).isEmpty();
		assertThat(output).doesNotContain("demo users");
	}

	@Test
	void withoutConfiguredUsersEachRoleHasADemoUserAndAWarningSaysSo(CapturedOutput output) {
		var users = Users.of(properties(List.of()));
		for (Role role : Role.values()) {
			String name = role.name().toLowerCase(Locale.ROOT);
			var user = users.find(name).orElseThrow();
			assertThat(bcrypt.matches(name + "-demo", user.getPassword())).isTrue();
			assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
				.containsExactly("ROLE_" + role.name());
		}
		assertThat(output).contains("WARN").contains("created the demo users [viewer, analyst, editor, admin]");
	}

	@Test
	void demoUsersCanBeSwitchedOff(CapturedOutput output) {
		var users = Users.of(new AccessProperties(List.of(), false, null, Role.ANALYST));
		assertThat(users.find("analyst")).isEmpty();
		assertThat(output).contains("only the users an ADMIN adds and bearer tokens can log in");
	}

	@Test
	void aPasswordInClearIsRefusedAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Users.of(properties(List.of(new AccessProperties.User("maria", "s3cret", Set.of(Role.VIEWER))))))
			.withMessage("liaison.security.users[0].password: the password of user maria must be a bcrypt hash "
					+ "($2a$..., $2b$... or $2y$...), not the password itself");
	}

	@Test
	void aUserWithoutNameOrRolesIsRefusedAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Users.of(properties(List.of(new AccessProperties.User("maria", HASH, Set.of()),
					new AccessProperties.User(" ", HASH, Set.of(Role.VIEWER))))))
			.withMessageStartingWith("liaison.security.users[0].roles: user maria needs at least one role");
		assertThatIllegalStateException()
			.isThrownBy(() -> Users.of(properties(List.of(new AccessProperties.User(" ", HASH, Set.of(Role.VIEWER))))))
			.withMessage("liaison.security.users[0].name: every user needs a name");
	}

	private static AccessProperties properties(List<AccessProperties.User> users) {
		return new AccessProperties(users, true, new AccessProperties.Jwt("roles", "sub"), Role.ANALYST);
	}

}
