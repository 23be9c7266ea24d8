/**
 * Logins, roles and request limits: HTTP Basic and JWT authentication, the role hierarchy,
 * {@code Access} (the role checks other modules call), restricted fields, query limits and
 * timeouts, and the user accounts an ADMIN manages, written through {@code api}'s write template
 * like every other change (so the audit trail records them). Other modules may use only its public
 * {@code Access}, {@code Role} and {@code RestrictedFields}. It uses the shared {@code api} support
 * and reads from {@code model} which properties are restricted.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "api", "model" })
package org.liaisongraph.security;

import org.springframework.modulith.ApplicationModule;
