package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code @PreAuthorize} with the role hierarchy, in a small context without Neo4j or web. */
class MethodSecurityTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(SecurityConfiguration.class, Guarded.class);

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aHigherRolePassesAGuardForALowerOne() {
		context.run(app -> {
			logIn(Role.ADMIN);
			assertThat(app.getBean(TreatyEditor.class).change("t-1")).isEqualTo("changed t-1");
		});
	}

	@Test
	void aLowerRoleIsDenied() {
		context.run(app -> {
			logIn(Role.ANALYST);
			assertThatThrownBy(() -> app.getBean(TreatyEditor.class).change("t-1"))
				.isInstanceOf(AccessDeniedException.class);
		});
	}

	private static void logIn(Role role) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("u",
				null, AuthorityUtils.createAuthorityList(role.authority())));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AccessProperties.class)
	static class Guarded {

		@Bean
		TreatyEditor treatyEditor() {
			return new TreatyEditor();
		}

	}

	public static class TreatyEditor {

		@PreAuthorize("hasRole('EDITOR')")
		public String change(String id) {
			return "changed " + id;
		}

	}

}
