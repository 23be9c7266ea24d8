package org.liaisongraph.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The alerts subscription pushes the day's alerts at once, and its WebSocket endpoint lets in only
 * authenticated users, like /graphql.
 */
class AlertSubscriptionTests extends IntegrationTest {

	@Autowired
	ExecutionGraphQlService service;

	@AfterEach
	void logOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSubscriptionPushesTodaysAlerts() {
		loadFixture();
		clock.setDate(LocalDate.parse("2023-06-01"));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("viewer", null,
					List.of(new SimpleGrantedAuthority(Role.VIEWER.authority()))));
		var pushed = ExecutionGraphQlServiceTester.create(service)
			.document("subscription { alerts(horizonDays: 0) { kind entityKey } }")
			.executeSubscription()
			.toFlux("alerts", Map.class)
			.take(1)
			.collectList()
			.block(Duration.ofSeconds(60));
		assertThat(pushed).singleElement()
			.isEqualTo(Map.of("kind", "TREATY_ENTERS_INTO_FORCE", "entityKey", "t-be-ec-police"));
	}

	@Test
	void theWebSocketEndpointIsGuardedLikeGraphQl() throws Exception {
		mvc.perform(get("/graphql-ws")).andExpect(status().isUnauthorized());
	}

}
