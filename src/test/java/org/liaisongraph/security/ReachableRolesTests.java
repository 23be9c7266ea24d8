package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class ReachableRolesTests {

	private final RoleHierarchy spring = SecurityConfiguration.declaredHierarchy();

	private final RoleHierarchy reachable = new ReachableRoles(spring);

	@Test
	void anEditorReachesTheLowerRolesAndNotAdmin() {
		assertThat(names(reachable.getReachableGrantedAuthorities(List.of(role("ROLE_EDITOR")))))
			.containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_ANALYST", "ROLE_VIEWER");
	}

	@Test
	void answersAsSpringSecuritysHierarchyForEveryMixOfRolesAndOtherAuthorities() {
		List<GrantedAuthority> all = List.of(role("ROLE_VIEWER"), role("ROLE_ANALYST"), role("ROLE_EDITOR"),
				role("ROLE_ADMIN"), role("FACTOR_PASSWORD"), role("SCOPE_read"), role("ROLE_VIEWER"), () -> null);
		for (int mask = 0; mask < (1 << all.size()); mask++) {
			List<GrantedAuthority> granted = new ArrayList<>();
			for (int i = 0; i < all.size(); i++) {
				if ((mask & (1 << i)) != 0) {
					granted.add(all.get(i));
				}
			}
			List<GrantedAuthority> expected = List.copyOf(spring.getReachableGrantedAuthorities(granted));
			assertThat(List.<GrantedAuthority>copyOf(reachable.getReachableGrantedAuthorities(granted)))
				.as("granted %s", names(granted))
				.containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	private static GrantedAuthority role(String name) {
		return new SimpleGrantedAuthority(name);
	}

	private static List<String> names(java.util.Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().map(GrantedAuthority::getAuthority).toList();
	}

}
