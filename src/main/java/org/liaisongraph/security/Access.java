package org.liaisongraph.security;

import java.util.Collection;
import java.util.List;

import org.liaisongraph.api.ForbiddenException;
import org.liaisongraph.api.RestrictedClearance;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The roles of the user the current request acts for, for code that decides on them: a service
 * method calls {@code access.require(Role.EDITOR, "changing a treaty")} before doing anything.
 * Higher roles include lower ones. Outside a web request (start-up, the command line) there is no
 * user and every check fails.
 */
@Component
public class Access implements RestrictedClearance {

	private final RoleHierarchy hierarchy;

	private final Role restrictedRole;

	Access(RoleHierarchy hierarchy, AccessProperties properties) {
		this.hierarchy = hierarchy;
		this.restrictedRole = properties.restrictedRole();
	}

	/** Whether the current user may see fields marked restricted, such as an officer's name. */
	@Override
	public boolean clearedForRestricted() {
		return has(restrictedRole);
	}

	/** The lowest role that sees restricted fields. */
	public Role restrictedRole() {
		return restrictedRole;
	}

	/** Whether the current user has the role or a higher one. */
	public boolean has(Role role) {
		Authentication user = authenticated();
		if (user == null) {
			return false;
		}
		Collection<? extends GrantedAuthority> reachable = hierarchy.getReachableGrantedAuthorities(user.getAuthorities());
		return reachable.stream().anyMatch(authority -> role.authority().equals(authority.getAuthority()));
	}

	/**
	 * Refuses what the current user's roles do not allow.
	 * @param role   the lowest role allowed
	 * @param action what the user is doing, for the message ("changing a treaty")
	 * @throws ForbiddenException naming the action and the role, reported as FORBIDDEN
	 */
	public void require(Role role, String action) {
		if (!has(role)) {
			throw new ForbiddenException(action + " needs the role " + role + " or higher; " + describeUser(),
					role.name());
		}
	}

	/** The roles granted to the current user, without the lower ones they include. */
	List<Role> roles() {
		Authentication user = authenticated();
		return (user != null) ? Role.granted(user.getAuthorities()) : List.of();
	}

	/** The name of the current user; null outside a request. */
	public String user() {
		Authentication user = authenticated();
		return (user != null) ? user.getName() : null;
	}

	private String describeUser() {
		Authentication user = authenticated();
		if (user == null) {
			return "the request has no authenticated user";
		}
		// Only roles: Spring Security also lists how the user authenticated (FACTOR_PASSWORD).
		return "user " + user.getName() + " has " + user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.toList();
	}

	private static Authentication authenticated() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return user;
	}

}
