package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.api.ForbiddenException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class AccessTests {

	private final Access access = new Access(SecurityConfiguration.roleHierarchy(),
			new AccessProperties(java.util.List.of(), false, null, Role.ANALYST));

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void eachRoleIncludesTheLowerOnes() {
		logIn("ed", Role.EDITOR);
		assertThat(access.has(Role.VIEWER)).isTrue();
		assertThat(access.has(Role.ANALYST)).isTrue();
		assertThat(access.has(Role.EDITOR)).isTrue();
		assertThat(access.has(Role.ADMIN)).isFalse();
		assertThat(access.user()).isEqualTo("ed");
		assertThatNoException().isThrownBy(() -> access.require(Role.ANALYST, "weighing"));
	}

	@Test
	void aMissingRoleIsForbiddenNamingActionRoleAndUser() {
		logIn("vi", Role.VIEWER);
		assertThatThrownBy(() -> access.require(Role.EDITOR, "changing a treaty"))
			.isInstanceOf(ForbiddenException.class)
			.hasMessage("changing a treaty needs the role EDITOR or higher; user vi has [VIEWER]")
			.extracting(ex -> ((ForbiddenException) ex).requiredRole())
			.isEqualTo("EDITOR");
	}

	@Test
	void withoutAUserOrAnonymouslyNothingIsAllowed() {
		assertThat(access.has(Role.VIEWER)).isFalse();
		assertThat(access.user()).isNull();
		assertThatThrownBy(() -> access.require(Role.VIEWER, "reading"))
			.hasMessage("reading needs the role VIEWER or higher; the request has no authenticated user");
		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		assertThat(access.has(Role.VIEWER)).isFalse();
	}

	private static void logIn(String name, Role role) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
				null, AuthorityUtils.createAuthorityList(role.authority())));
	}

}
