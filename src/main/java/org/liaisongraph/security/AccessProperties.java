package org.liaisongraph.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in and what they may see.
 *
 * @param users          HTTP Basic users; when none is configured and {@code demoUsers} is on, one
 *                       demo user per role is created
 * @param demoUsers      whether to create the demo users when no user is configured (off in the
 *                       {@code prod} profile)
 * @param jwt            how roles are read from the bearer tokens of an identity provider
 * @param restrictedRole the lowest role that sees fields marked {@code @restricted} in the schema
 */
@ConfigurationProperties("liaison.security")
record AccessProperties(List<User> users, @DefaultValue("true") boolean demoUsers, @DefaultValue Jwt jwt,
		@DefaultValue("ANALYST") Role restrictedRole) {

	AccessProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/**
	 * A user who logs in with HTTP Basic.
	 *
	 * @param name     login name
	 * @param password bcrypt hash of the password ({@code $2a$...}, {@code $2b$...} or {@code $2y$...},
	 *                 with or without a {@code {bcrypt}} prefix), never the password itself
	 * @param roles    roles of the user; each includes the lower ones
	 */
	record User(String name, String password, Set<Role> roles) {
	}

	/**
	 * Bearer tokens (JWT) of an identity provider, accepted when
	 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or
	 * {@code public-key-location} is set.
	 *
	 * @param rolesClaim     claim holding the roles, a list or a space- or comma-separated string;
	 *                       a dotted path reaches into objects ({@code realm_access.roles})
	 * @param principalClaim claim naming the user in logs and the audit trail
	 */
	record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("sub") String principalClaim) {
	}

}
