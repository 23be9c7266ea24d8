package org.liaisongraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.liaisongraph.api.RequestErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles password guessing on every login path: it counts the authentication failures Spring
 * Security publishes (HTTP Basic, a login form, any other provider), by user name and by address,
 * and a filter in front of the security filters refuses, with 429 and {@code Retry-After}, an
 * attempt for a user name or from an address that must still wait or is locked
 * ({@link LoginThrottleProperties}). Locks are logged at WARN on
 * {@code org.liaisongraph.security.access}. The counts live in memory: a restart forgets them.
 */
@Component
public class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger("org.liaisongraph.security.access");

	private final LoginThrottleProperties properties;

	private final Clock clock;

	private final Map<String, Failures> users = new ConcurrentHashMap<>();

	private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

	LoginThrottle(LoginThrottleProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Forgets every failure and lock (the tests, which all log in from one address, start clean). */
	public void clear() {
		users.clear();
		addresses.clear();
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		Instant now = clock.instant();
		String user = user(event.getAuthentication());
		String address = address(event.getAuthentication());
		if (user != null) {
			count(users, user, now, "user " + user, properties.userLockAfter());
		}
		if (address != null) {
			count(addresses, address, now, "address " + address, properties.addressLockAfter());
		}
		log.info("failed login of user {} from {}: {}", user, address, event.getException().getClass().getSimpleName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String user = user(event.getAuthentication());
		if (user != null) {
			users.remove(user);
		}
	}

	/** How long an attempt for this user, from this address, must still wait; empty when it may go. */
	Optional<Duration> wait(String user, String address) {
		Instant now = clock.instant();
		Duration userWait = (user != null) ? wait(users, key(user), now, properties.userSlowAfter(),
				properties.userLockAfter()) : Duration.ZERO;
		Duration addressWait = (address != null) ? wait(addresses, address, now, properties.addressSlowAfter(),
				properties.addressLockAfter()) : Duration.ZERO;
		Duration longest = (userWait.compareTo(addressWait) >= 0) ? userWait : addressWait;
		return longest.isPositive() ? Optional.of(longest) : Optional.empty();
	}

	private void count(Map<String, Failures> counts, String key, Instant now, String who, int lockAfter) {
		Failures after = counts.compute(key(key), (k, failures) -> (failures == null || expired(failures, now))
				? new Failures(1, now) : new Failures(failures.count() + 1, now));
		if (after.count() == lockAfter) {
			log.warn("{} locked out for {} after {} failed logins", who, properties.lockDuration(), after.count());
		}
	}

	private Duration wait(Map<String, Failures> counts, String key, Instant now, int slowAfter, int lockAfter) {
		Failures failures = counts.get(key);
		if (failures == null || expired(failures, now) || failures.count() < slowAfter) {
			return Duration.ZERO;
		}
		Duration pause = properties.lockDuration();
		if (failures.count() < lockAfter) {
			// doubled at each failure past the first slowed one, never longer than a lock
			int doublings = Math.min(failures.count() - slowAfter, 30);
			Duration doubled = properties.delay().multipliedBy(1L << doublings);
			pause = (doubled.compareTo(pause) < 0) ? doubled : pause;
		}
		return Duration.between(now, failures.last().plus(pause));
	}

	private boolean expired(Failures failures, Instant now) {
		Duration keep = (properties.window().compareTo(properties.lockDuration()) > 0) ? properties.window()
				: properties.lockDuration();
		return failures.last().plus(keep).isBefore(now);
	}

	private static String key(String user) {
		return user.strip().toLowerCase(Locale.ROOT);
	}

	private static String user(Authentication authentication) {
		return (authentication != null && authentication.getName() != null && !authentication.getName().isBlank())
				? authentication.getName() : null;
	}

	private static String address(Authentication authentication) {
		return (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
	}

	/** How many failures, and when the last one was. */
	private record Failures(int count, Instant last) {
	}

	/**
	 * In front of every security filter: an attempt that names a user (HTTP Basic, or the
	 * {@code username} of a posted login form) or comes from an address that must wait is refused.
	 */
	static final class Check extends OncePerRequestFilter {

		private final LoginThrottle throttle;

		Check(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String user = basicUser(request);
			if (user == null && "POST".equals(request.getMethod()) && request.getContentType() != null
					&& request.getContentType().startsWith("application/x-www-form-urlencoded")) {
				user = request.getParameter("username");
			}
			boolean attempt = user != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
			Optional<Duration> wait = attempt ? throttle.wait(user, request.getRemoteAddr()) : Optional.empty();
			if (wait.isPresent()) {
				long seconds = Math.max(1, wait.get().plusMillis(999).toSeconds());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
				RequestErrors.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), "UNAUTHORIZED",
						"Refused: too many failed logins for this user or from this address; retry in " + seconds
								+ " s (liaison.security.login-throttle)",
						Map.of("retryAfterSeconds", seconds));
				return;
			}
			chain.doFilter(request, response);
		}

		private static String basicUser(HttpServletRequest request) {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
				return null;
			}
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return (colon > 0) ? decoded.substring(0, colon) : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Registration {

		@Bean
		FilterRegistrationBean<Check> loginThrottleCheck(LoginThrottle throttle) {
			var registration = new FilterRegistrationBean<>(new Check(throttle));
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
			return registration;
		}

	}

}
