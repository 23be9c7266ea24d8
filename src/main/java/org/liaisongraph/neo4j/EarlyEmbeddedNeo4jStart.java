package org.liaisongraph.neo4j;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded server in the background as soon as the configuration is complete, so its
 * few seconds of start-up overlap with the creation of the Spring context instead of adding to
 * it. The server bean then only waits for this start to finish.
 */
class EarlyEmbeddedNeo4jStart implements ApplicationListener<ApplicationEvent> {

	static final String BEAN_NAME = "earlyEmbeddedNeo4jStart";

	private CompletableFuture<EmbeddedNeo4jServer> start;

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		// Not earlier: property sources added by context initializers (tests' dynamic properties
		// among them) are only in the environment from here on.
		if (event instanceof ApplicationContextInitializedEvent initialized) {
			var environment = initialized.getApplicationContext().getEnvironment();
			if (!StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))) {
				var properties = Binder.get(environment)
					.bindOrCreate("liaison.neo4j.embedded", EmbeddedNeo4jProperties.class);
				start = BackgroundStart.start("embedded-neo4j-start", properties::start);
			}
		}
		else if (event instanceof ApplicationPreparedEvent prepared && start != null) {
			prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, new Startup(start));
		}
		else if (event instanceof ApplicationFailedEvent && start != null) {
			start.thenAccept(EmbeddedNeo4jServer::close);
		}
	}

	/** The server being started; {@link #server()} waits for it. */
	record Startup(CompletableFuture<EmbeddedNeo4jServer> future) {

		EmbeddedNeo4jServer server() {
			return BackgroundStart.await(future);
		}

	}

}
