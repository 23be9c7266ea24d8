/**
 * The web application for people: the pages under {@code /} (static ES modules and CSS in
 * {@code static/}, no build step), the login page, and a browser session with CSRF protection
 * beside the stateless API. The pages are one more client of {@code /graphql}, under the same role
 * checks and restricted fields; this module only logs people in and says who they are. It uses
 * only {@code security}'s public {@code Role}.
 */
@ApplicationModule(displayName = "Web application", allowedDependencies = { "security" })
package org.liaisongraph.web;

import org.springframework.modulith.ApplicationModule;
