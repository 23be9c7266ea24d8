package org.liaisongraph.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;

/**
 * What a user may do, each role including every lower one (see {@link SecurityConfiguration#roleHierarchy()}):
 * a VIEWER reads the graph and runs the analyses with their default settings; an ANALYST also sees
 * restricted fields and weighs the analyses; an EDITOR also changes the graph; an ADMIN also
 * administers the app (users, everyone's audit trail, actuator endpoints other than health).
 */
public enum Role {

	VIEWER, ANALYST, EDITOR, ADMIN;

	/** The Spring Security authority of the role, {@code ROLE_} and its name. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The roles among these authorities, in order, without the lower ones they include. */
	static List<Role> granted(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream()
			.flatMap(authority -> named(authority.getAuthority()).stream())
			.distinct()
			.sorted()
			.toList();
	}

	/** The role a name stands for, case-insensitive, with or without {@code ROLE_}; empty for none. */
	static Optional<Role> named(String name) {
		String upper = name.strip().toUpperCase(Locale.ROOT);
		String bare = upper.startsWith("ROLE_") ? upper.substring("ROLE_".length()) : upper;
		for (Role role : values()) {
			if (role.name().equals(bare)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
