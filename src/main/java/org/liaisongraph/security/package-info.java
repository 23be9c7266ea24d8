/**
 * Logins, roles and request limits: HTTP Basic and JWT authentication, the role hierarchy,
 * {@code Access} (the role checks other modules call), restricted fields, query limits and
 * timeouts, and the user accounts an ADMIN manages. Other modules may use only its public
 * {@code Access} and {@code Role}. It uses the shared {@code api} support, and {@code audit} to
 * record changes to user accounts.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "api", "audit" })
package org.liaisongraph.security;

import org.springframework.modulith.ApplicationModule;
