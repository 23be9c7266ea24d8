package org.liaisongraph.api;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} scalar: ISO-8601 calendar dates as {@link java.time.LocalDate}. */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer dateScalar() {
		return wiring -> wiring.scalar(ExtendedScalars.Date);
	}

}
