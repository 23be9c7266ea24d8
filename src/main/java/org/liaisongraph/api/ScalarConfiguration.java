package org.liaisongraph.api;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars: {@code Date} (ISO-8601 calendar dates as {@link java.time.LocalDate}), {@code DateTime}
 * and {@code JSON} (audit states).
 */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer dateScalar() {
		return wiring -> wiring.scalar(ExtendedScalars.Date).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Json);
	}

}
