package org.liaisongraph.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the application reads "today" and "now" from, so that tests can set the date.
 * Timeouts and durations are not read from it: they measure elapsed time, not the date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(LiaisonProperties liaison) {
		return Clock.system((liaison.timeZone() != null) ? liaison.timeZone() : ZoneId.systemDefault());
	}

}
