package org.liaisongraph.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL from the jar: Spring for GraphQL's own page loads React and GraphiQL from a CDN, a blank
 * page without internet; this one, routed before it, loads them from {@code static/graphiql/}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.graphql.graphiql.enabled")
class GraphiQlPage {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> offlineGraphiQl(GraphQlProperties properties) {
		var handler = new GraphiQlHandler(properties.getHttp().getPath(), null,
				new ClassPathResource("graphiql-page/index.html"));
		return RouterFunctions.route().GET(properties.getGraphiql().getPath(), handler::handleRequest).build();
	}

}
