package org.liaisongraph.web;

import java.util.Arrays;
import java.util.Comparator;

import jakarta.servlet.http.HttpServletRequest;
import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in, for the pages: the name, the highest role (the pages offer only what it
 * allows; the API checks again), whether restricted fields are visible, and the CSRF token to send
 * back with every GraphQL request.
 */
@RestController
class SessionController {

	private final Access access;

	SessionController(Access access) {
		this.access = access;
	}

	/** What the pages need to know of the session. */
	record Session(String name, Role role, boolean clearedForRestricted, String csrfHeader, String csrfToken) {
	}

	@GetMapping("/web/session")
	Session session(HttpServletRequest request) {
		Role role = Arrays.stream(Role.values())
			.filter(access::has)
			.max(Comparator.naturalOrder())
			.orElse(Role.VIEWER);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new Session(access.user(), role, access.clearedForRestricted(), WebSecurityConfiguration.CSRF_HEADER,
				csrf.getToken());
	}

}
