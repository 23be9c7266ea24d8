package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

class ProdProfileTests {

	@Test
	void theProdProfileTurnsOffIntrospectionTheSchemaPageAndDemoUsersButKeepsGraphiql() throws Exception {
		var prod = new YamlPropertySourceLoader().load("prod", new ClassPathResource("application-prod.yaml")).getFirst();
		// GraphiQL stays as application.yaml turns it on: offline, behind the same login as the API
		assertThat(prod.getProperty("spring.graphql.graphiql.enabled")).isNull();
		assertThat(prod.getProperty("spring.graphql.schema.introspection.enabled")).isEqualTo(false);
		assertThat(prod.getProperty("spring.graphql.schema.printer.enabled")).isEqualTo(false);
		assertThat(prod.getProperty("liaison.security.demo-users")).isEqualTo(false);
	}

}
