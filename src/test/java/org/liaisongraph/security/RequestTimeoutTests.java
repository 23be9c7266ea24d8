package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.api.RequestDeadline;
import reactor.core.publisher.Mono;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.unit.DataSize;

class RequestTimeoutTests {

	private final RequestTimeout timeout = new RequestTimeout(new LimitsProperties(10, 100_000, 3, 20, 5,
			DataSize.ofKilobytes(100), Duration.ofSeconds(30), Duration.ofMinutes(30)));

	@AfterEach
	void noDeadlineLeft() {
		RequestDeadline.end();
	}

	@Test
	void aRequestStillRunningAtItsDeadlineIsAnsweredWithAnError() {
		RequestDeadline.start(Instant.now().plusMillis(200));
		long started = System.nanoTime();
		var response = timeout.intercept(request(), next -> Mono.never()).block(Duration.ofSeconds(5));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).startsWith("Stopped: the request ran longer than the limit of 30 s");
			assertThat(error.getExtensions()).containsEntry("setting", "liaison.security.limits.timeout");
		});
	}

	@Test
	void anUploadStillRunningAtItsDeadlineIsToldTheUploadsLimitAndItsSetting() {
		RequestDeadline.start(Instant.now().plusMillis(200));
		var upload = request(Map.of(TimeLimit.ATTRIBUTE,
				new TimeLimit(Duration.ofMinutes(30), "liaison.security.limits.import-timeout")));
		var response = timeout.intercept(upload, next -> Mono.never()).block(Duration.ofSeconds(5));
		assertThat(response.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).startsWith("Stopped: the request ran longer than the limit of 1800 s "
					+ "(liaison.security.limits.import-timeout)");
			assertThat(error.getExtensions()).containsEntry("limit", "PT30M")
				.containsEntry("setting", "liaison.security.limits.import-timeout");
		});
	}

	private static WebGraphQlRequest request() {
		return request(Map.of());
	}

	private static WebGraphQlRequest request(Map<String, Object> attributes) {
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), null, attributes, Map.of("query", "{ blocs { code } }"), "1", Locale.ROOT);
	}

}
