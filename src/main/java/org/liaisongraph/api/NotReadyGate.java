package org.liaisongraph.api;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready (the graph schema applied and the reference dataset loaded, which
 * the start-up runners do after the web server opens), every request but the actuator's is
 * answered 503 with a classified error, instead of answers from an empty or half-loaded graph.
 * Readiness is Spring Boot's: {@code /actuator/health/readiness} says the same.
 */
class NotReadyGate extends OncePerRequestFilter {

	private final ApplicationAvailability availability;

	NotReadyGate(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "10");
			RequestErrors.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), "UNAVAILABLE",
					"Not ready: the graph schema is being applied or the reference dataset loaded; retry shortly "
							+ "(/actuator/health/readiness says when)",
					Map.of());
			return;
		}
		chain.doFilter(request, response);
	}

	/** First of all filters, before the security ones: nothing is worth checking yet. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Registration {

		@Bean
		FilterRegistrationBean<NotReadyGate> notReadyGate(ApplicationAvailability availability) {
			var registration = new FilterRegistrationBean<>(new NotReadyGate(availability));
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
			return registration;
		}

	}

}
