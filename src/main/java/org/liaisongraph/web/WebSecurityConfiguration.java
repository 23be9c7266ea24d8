package org.liaisongraph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * The browser session, checked before the API's stateless chain: the pages, the login form and
 * logout, the GraphQL requests the pages send, which carry the session cookie and the CSRF token in
 * {@value #CSRF_HEADER}, and the annual report's documents fetched without credentials of their own. A request without that header (curl, GraphiQL, other clients)
 * goes on to the API chain and its Basic or JWT login, so the API stays stateless.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

	static final String CSRF_HEADER = "X-CSRF-TOKEN";

	/** Before the API chain, which has no order and matches every request. */
	@Bean
	@Order(0)
	SecurityFilterChain web(HttpSecurity http) {
		RequestMatcher pageGraphQl = new AndRequestMatcher(pathPattern(HttpMethod.POST, "/graphql"),
				new RequestHeaderRequestMatcher(CSRF_HEADER));
		// The annual report the home page links to, read with the session; a request bringing its own
		// credentials (Basic, bearer) goes on to the API chain as before.
		RequestMatcher pageReport = new AndRequestMatcher(pathPattern(HttpMethod.GET, "/reports/**"),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION)));
		http.securityMatcher(new OrRequestMatcher(pathPattern("/"), pathPattern("/index.html"),
				pathPattern("/login"), pathPattern("/logout"), pathPattern("/web/**"), pageGraphQl, pageReport))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(pathPattern("/login"), pathPattern("/web/app.css"), pathPattern("/web/login.js"),
						pathPattern("/web/i18n.js"))
				.permitAll()
				// as in the API chain: the report is analysis work
				.requestMatchers(pageReport).hasRole("ANALYST")
				.anyRequest().hasRole("VIEWER"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// The pages' GraphQL calls answer 401 when the session has expired, rather than a redirect
			// to the login form that fetch() would follow.
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), pageGraphQl)
				// A viewer following a report link gets 403 itself: an error page would be dispatched to
				// the API chain, whose Basic challenge makes the browser ask for a password.
				.defaultAccessDeniedHandlerFor((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value()),
						pageReport));
		return http.build();
	}

}
