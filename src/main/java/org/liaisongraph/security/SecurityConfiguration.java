package org.liaisongraph.security;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Logins and roles. Every request but {@code /actuator/health} must carry credentials: HTTP Basic
 * of a configured (or demo) user or of one an ADMIN added, or a bearer JWT when an identity
 * provider is configured. The API needs VIEWER, other actuator endpoints ADMIN; finer rules are
 * in the code ({@link Access}, {@code @PreAuthorize}) and the schema ({@code @restricted}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * VIEWER < ANALYST < EDITOR < ADMIN, for URL rules, {@code @PreAuthorize} and {@link Access}:
	 * Spring Security's hierarchy, each role's reach worked out once ({@link ReachableRoles}).
	 */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return new ReachableRoles(declaredHierarchy());
	}

	/** The hierarchy as Spring Security declares and answers it. */
	static RoleHierarchy declaredHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name()).implies(Role.EDITOR.name())
			.role(Role.EDITOR.name()).implies(Role.ANALYST.name())
			.role(Role.ANALYST.name()).implies(Role.VIEWER.name())
			.build();
	}

	/**
	 * No observation of each security filter, authentication and authorization: a timer and a
	 * context each, a dozen per request, which nothing reads. The request's own observation
	 * ({@code http.server.requests}) and GraphQL's stay.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** Only the web app logs users in; the import and export commands run without. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	Users users(AccessProperties properties) {
		return Users.of(properties);
	}

	/** The configured (or demo) users first, then those an ADMIN added to the graph. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	UserDetailsService logins(Users users, UserAccounts accounts) {
		return name -> users.find(name)
			.or(() -> accounts.login(name))
			.orElseThrow(() -> new UsernameNotFoundException("no user " + name));
	}

	/** bcrypt, with a verified password remembered for five minutes (docs/security.md, "Password checks"). */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new VerifiedPasswords(new BCryptPasswordEncoder(), Duration.ofMinutes(5));
	}

	/** Body size and deadline of GraphQL requests, checked once the caller is authenticated. */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(LimitsProperties limits, GraphQlProperties graphQl,
			Access access) {
		var registration = new FilterRegistrationBean<>(
				new RequestLimitsFilter(limits, graphQl.getHttp().getPath(), () -> access.has(Role.EDITOR)));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	SecurityFilterChain api(HttpSecurity http, AccessProperties properties, ObjectProvider<JwtDecoder> jwtDecoder) {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers(EndpointRequest.to("health")).permitAll()
				.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
				// the annual report (report module): analysis work, like its GraphQL query
				.requestMatchers("/reports/**").hasRole(Role.ANALYST.name())
				.anyRequest().hasRole(Role.VIEWER.name()))
			.httpBasic(basic -> basic.realmName("Liaison Graph"))
			// Every request authenticates itself; no session, so no cookie a browser could replay.
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			// CSRF rides on credentials a browser adds by itself, and tokens would only protect a
			// session this API does not have. Cached Basic credentials are the one such case: the
			// GraphQL endpoint takes only POST with a JSON body, which a page of another origin cannot
			// send without a CORS preflight this app never grants.
			.csrf(AbstractHttpConfigurer::disable);
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		if (decoder != null) {
			http.oauth2ResourceServer(server -> server
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtRoles(properties.jwt()))));
		}
		return http.build();
	}

}
