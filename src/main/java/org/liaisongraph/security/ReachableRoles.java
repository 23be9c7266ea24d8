package org.liaisongraph.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A role hierarchy with the roles each role includes worked out once, from Spring Security's own.
 * It answers as {@code RoleHierarchyImpl} does (the same authorities, the same way of skipping
 * repeated names), without the debug message {@code RoleHierarchyImpl} formats at every answer,
 * whatever the log level: commons-logging's bridge to SLF4J makes a string of the message before
 * the logger is asked whether debug is on, and every request asks the hierarchy at least once (the
 * URL rule, then {@link Access} for restricted fields and writes).
 */
final class ReachableRoles implements RoleHierarchy {

	/** Each role's authority, to the authorities of the roles it includes, itself left out. */
	private final Map<String, List<GrantedAuthority>> included = new HashMap<>();

	ReachableRoles(RoleHierarchy hierarchy) {
		for (Role role : Role.values()) {
			List<GrantedAuthority> reachable = new ArrayList<>();
			for (GrantedAuthority authority : hierarchy
				.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(role.authority())))) {
				if (!role.authority().equals(authority.getAuthority())) {
					reachable.add(authority);
				}
			}
			included.put(role.authority(), List.copyOf(reachable));
		}
	}

	@Override
	public Collection<GrantedAuthority> getReachableGrantedAuthorities(
			Collection<? extends GrantedAuthority> authorities) {
		if (authorities == null || authorities.isEmpty()) {
			return AuthorityUtils.NO_AUTHORITIES;
		}
		Set<GrantedAuthority> reachable = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (GrantedAuthority authority : authorities) {
			String name = authority.getAuthority();
			if (name == null) {
				reachable.add(authority);
				continue;
			}
			if (!names.add(name)) {
				continue;
			}
			reachable.add(authority);
			for (GrantedAuthority implied : included.getOrDefault(name, List.of())) {
				if (names.add(implied.getAuthority())) {
					reachable.add(implied);
				}
			}
		}
		return new ArrayList<>(reachable);
	}

}
