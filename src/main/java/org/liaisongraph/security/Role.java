package org.liaisongraph.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do, each role including every lower one (see {@link SecurityConfiguration#roleHierarchy()}):
 * a VIEWER reads the graph and runs the analyses with their default settings; an ANALYST also sees
 * restricted fields and weighs the analyses; an EDITOR also changes the graph; an ADMIN also
 * administers the app (actuator endpoints other than health).
 */
public enum Role {

	VIEWER, ANALYST, EDITOR, ADMIN;

	/** The Spring Security authority of the role, {@code ROLE_} and its name. */
	public String authority() {
		return "ROLE_" + name();
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
