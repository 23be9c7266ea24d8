package org.liaisongraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

class WaitingGraphQlHttpHandlerTests {

	private static final List<HttpMessageConverter<?>> CONVERTERS = List.of(new JacksonJsonHttpMessageConverter());

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@AfterEach
	void noDeadlineLeft() {
		RequestDeadline.end();
	}

	@Test
	void anAnswerReadyAfterTheHandlerWasCalledIsWrittenOnTheRequestsThreadWithoutAsynchronousProcessing()
			throws Exception {
		RequestDeadline.start(Instant.now().plusSeconds(30));
		send(request -> Mono.delay(Duration.ofMillis(50)).map(tick -> answer(request)));
		assertThat(request.isAsyncStarted()).isFalse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("{\"data\":{\"blocs\":[]}}");
	}

	@Test
	void anAnswerNotThereFiveSecondsPastTheDeadlineIsLeftToAsynchronousProcessing() throws Exception {
		RequestDeadline.start(Instant.now().minusSeconds(6));
		send(request -> Mono.never());
		assertThat(request.isAsyncStarted()).isTrue();
	}

	@Test
	void aFailedAnswerIsLeftToAsynchronousProcessingAsBefore() throws Exception {
		RequestDeadline.start(Instant.now().plusSeconds(30));
		send(request -> Mono.error(new IllegalStateException("broken")));
		assertThat(request.isAsyncStarted()).isTrue();
	}

	@Test
	void outsideARequestsDeadlineNothingWaits() throws Exception {
		send(request -> Mono.never());
		assertThat(request.isAsyncStarted()).isTrue();
	}

	private void send(ExecutionGraphQlService service) throws Exception {
		request.setAsyncSupported(true);
		request.setContentType(MediaType.APPLICATION_JSON_VALUE);
		request.setContent("{\"query\":\"{ blocs { code } }\"}".getBytes());
		var handler = new WaitingGraphQlHttpHandler(WebGraphQlHandler.builder(service).build());
		ServerResponse answer = handler.handleRequest(ServerRequest.create(request, CONVERTERS));
		answer.writeTo(request, response, () -> CONVERTERS);
	}

	private static ExecutionGraphQlResponse answer(org.springframework.graphql.ExecutionGraphQlRequest request) {
		return new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().data(Map.of("blocs", List.of())).build());
	}

}
