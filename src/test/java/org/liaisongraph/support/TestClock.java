package org.liaisongraph.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the integration tests: the system's, until a test sets a date. The
 * one Spring context of the suite is shared, so {@link IntegrationTest} resets it before each test.
 */
public final class TestClock extends Clock {

	private final Clock system = Clock.systemDefaultZone();

	private volatile Clock current = system;

	/** From now on "today" is this date, at its start in the system's zone, and time stands still. */
	public void setDate(LocalDate date) {
		current = Clock.fixed(date.atStartOfDay(system.getZone()).toInstant(), system.getZone());
	}

	/** Back to the system's clock. */
	public void reset() {
		current = system;
	}

	@Override
	public ZoneId getZone() {
		return current.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return current.withZone(zone);
	}

	@Override
	public Instant instant() {
		return current.instant();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
