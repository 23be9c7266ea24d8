package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** Password guessing slows down, then locks, per user name and per address. */
class LoginThrottleTests extends IntegrationTest {

	private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottleProperties(3, 10, 20, 100, Duration.ofSeconds(1), Duration.ofMinutes(15),
					Duration.ofMinutes(15)),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void afterThreeWrongPasswordsEvenTheRightOneMustWaitWhileOtherUsersStillLogIn() throws Exception {
		for (String guess : java.util.List.of("guess-1", "guess-2", "guess-3")) {
			mvc.perform(graphQl().with(request -> basic(request, "viewer", guess)))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(graphQl().with(request -> basic(request, "viewer", "viewer-demo")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
		answered(mvc.perform(graphQl().with(request -> basic(request, "analyst", "analyst-demo"))))
			.andExpect(status().isOk());
	}

	@Test
	void eachFailurePastTheThirdDoublesTheWaitAndTheTenthLocksForTheLockDuration() {
		fail("viewer", 2);
		assertThat(throttle.wait("viewer", null)).isEmpty();
		fail("viewer", 1);
		assertThat(throttle.wait("viewer", null)).contains(Duration.ofSeconds(1));
		fail("viewer", 2);
		assertThat(throttle.wait("Viewer", null)).contains(Duration.ofSeconds(4));
		fail("viewer", 5);
		assertThat(throttle.wait("viewer", null)).contains(Duration.ofMinutes(15));
		assertThat(throttle.wait("analyst", null)).isEmpty();
	}

	@Test
	void aSuccessForgetsTheUsersFailuresButNotTheAddresss() {
		fail("viewer", 3);
		throttle.succeeded(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("viewer",
				null, java.util.List.of())));
		assertThat(throttle.wait("viewer", null)).isEmpty();
	}

	@Test
	void manyFailuresFromOneAddressLockItForEveryUserName() {
		for (int i = 0; i < 100; i++) {
			var token = UsernamePasswordAuthenticationToken.unauthenticated("user" + i, "x");
			token.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails("10.0.0.1",
					null));
			throttle.failed(new AuthenticationFailureBadCredentialsEvent(token, new BadCredentialsException("bad")));
		}
		assertThat(throttle.wait("someone-else", "10.0.0.1")).contains(Duration.ofMinutes(15));
		assertThat(throttle.wait("someone-else", "10.0.0.2")).isEmpty();
	}

	private void fail(String user, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(new AuthenticationFailureBadCredentialsEvent(
					UsernamePasswordAuthenticationToken.unauthenticated(user, "x"), new BadCredentialsException("bad")));
		}
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder graphQl() {
		return post("/graphql").contentType(MediaType.APPLICATION_JSON).content("{\"query\":\"{ me { name } }\"}");
	}

	private static org.springframework.mock.web.MockHttpServletRequest basic(
			org.springframework.mock.web.MockHttpServletRequest request, String user, String password) {
		request.addHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		return request;
	}

}
