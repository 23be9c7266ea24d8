package org.liaisongraph.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The alerts for everyone logged in (the home page shows them): on a date, or pushed as they
 * appear over the GraphQL WebSocket at {@code /graphql-ws}, which the security chain guards like
 * {@code /graphql}.
 */
@Controller
class AlertController {

	private final AlertQueries alerts;

	private final AlertProperties properties;

	private final Access access;

	private final Clock clock;

	AlertController(AlertQueries alerts, AlertProperties properties, Access access, Clock clock) {
		this.alerts = alerts;
		this.properties = properties;
		this.access = access;
		this.clock = clock;
	}

	@QueryMapping("alerts")
	List<Alert> alerts(@Argument LocalDate asOf, @Argument int horizonDays, @Argument double cpiMargin) {
		access.require(Role.VIEWER, "reading the alerts");
		return alerts.alerts((asOf != null) ? asOf : LocalDate.now(clock), horizonDays, cpiMargin);
	}

	/** Today's alerts at once, then every interval those that appeared since, each alert once. */
	@SubscriptionMapping("alerts")
	Flux<Alert> alertStream(@Argument int horizonDays, @Argument double cpiMargin) {
		access.require(Role.VIEWER, "subscribing to the alerts");
		// validated before the first look, so a bad argument fails the subscription at once
		alerts.alerts(LocalDate.now(clock), horizonDays, cpiMargin);
		Set<Alert> pushed = new HashSet<>();
		return Flux.interval(Duration.ZERO, properties.interval(), Schedulers.boundedElastic())
			.concatMapIterable(tick -> alerts.alerts(LocalDate.now(clock), horizonDays, cpiMargin))
			.filter(pushed::add);
	}

}
