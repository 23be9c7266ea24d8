package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtRolesTests {

	@Test
	void rolesComeFromAListClaimWhateverTheirCase() {
		var user = new JwtRoles(new AccessProperties.Jwt("roles", "sub"))
			.convert(jwt(Map.of("sub", "u-1", "roles", List.of("analyst", "ROLE_EDITOR", "auditor"))));
		assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_ANALYST", "ROLE_EDITOR");
		assertThat(user.getName()).isEqualTo("u-1");
	}

	@Test
	void aSpaceOrCommaSeparatedClaimAndANestedClaimWork() {
		assertThat(new JwtRoles(new AccessProperties.Jwt("scope", "sub"))
			.convert(jwt(Map.of("sub", "u-1", "scope", "openid viewer,admin")))
			.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_VIEWER", "ROLE_ADMIN");
		assertThat(new JwtRoles(new AccessProperties.Jwt("realm_access.roles", "preferred_username"))
			.convert(jwt(Map.of("sub", "u-1", "preferred_username", "maria", "realm_access",
					Map.of("roles", List.of("EDITOR")))))).satisfies(user -> {
						assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
							.containsExactly("ROLE_EDITOR");
						assertThat(user.getName()).isEqualTo("maria");
					});
	}

	@Test
	void aTokenWithoutTheClaimHasNoRole() {
		var user = new JwtRoles(new AccessProperties.Jwt("roles", "preferred_username"))
			.convert(jwt(Map.of("sub", "u-2")));
		assertThat(user.getAuthorities()).isEmpty();
		assertThat(user.getName()).isEqualTo("u-2");
	}

	private static Jwt jwt(Map<String, Object> claims) {
		return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
	}

}
