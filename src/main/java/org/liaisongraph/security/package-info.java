/**
 * Logins, roles and request limits: HTTP Basic and JWT authentication, the role hierarchy,
 * {@code Access} (the role checks other modules call), restricted fields, query limits and
 * timeouts, and the user accounts an ADMIN manages. Other modules may use only its public
 * {@code Access} and {@code Role}, and its {@code events} interface ({@code UserAccountChanged},
 * which the audit trail records). It uses only the shared {@code api} support.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "api" })
package org.liaisongraph.security;

import org.springframework.modulith.ApplicationModule;
