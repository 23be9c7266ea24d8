package org.liaisongraph.api;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import reactor.core.publisher.Mono;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Spring for GraphQL's HTTP handler, except that the request's thread (a virtual thread) waits for
 * the answer and writes it itself, instead of starting Servlet asynchronous processing and
 * answering in a second dispatch through the filters and the dispatcher servlet: that machinery
 * and its two thread hand-offs were a fixed cost of every request. The deadline still answers on
 * time: the interceptor that answers at the deadline ({@code RequestTimeout}) completes the answer
 * then, whatever the data fetchers are still doing on their own threads, and the wait ends with
 * it. An answer that fails, or one not there five seconds past the deadline, goes the asynchronous
 * way as before.
 */
class WaitingGraphQlHttpHandler extends GraphQlHttpHandler {

	private final WebGraphQlHandler handler;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	WaitingGraphQlHttpHandler(WebGraphQlHandler handler) {
		super(handler);
		this.handler = handler;
	}

	/**
	 * As Spring for GraphQL handles a request, with the request object {@link GraphQlRequestCheck}
	 * read from the body instead of reading the body a second time; without it (a multipart
	 * request, a test without the filter) as Spring does.
	 */
	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		HttpServletRequest servletRequest = request.servletRequest();
		if (!(servletRequest.getAttribute(GraphQlRequestCheck.PARSED) instanceof GraphQlRequest body)) {
			return super.handleRequest(request);
		}
		servletRequest.removeAttribute(GraphQlRequestCheck.PARSED);
		var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
				request.remoteAddress().orElse(null), request.attributes(), body, ids.generateId().toString(),
				LocaleContextHolder.getLocale());
		return prepareResponse(request, handler.handleRequest(graphQlRequest));
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, Cookie> sent = request.cookies();
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>(sent.size());
		sent.values().forEach(list -> list.forEach(c -> cookies.add(c.getName(), new HttpCookie(c.getName(), c.getValue()))));
		return cookies;
	}

	@Override
	protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> answer) {
		Optional<Duration> left = RequestDeadline.remaining();
		if (left.isEmpty()) {
			return super.prepareResponse(request, answer);
		}
		CompletableFuture<WebGraphQlResponse> pending = answer.toFuture();
		try {
			WebGraphQlResponse response = pending.get(Math.max(0, left.get().plus(RequestDeadline.ASYNC_MARGIN).toMillis()),
					TimeUnit.MILLISECONDS);
			// complete: written at once, on this thread
			return super.prepareResponse(request, Mono.justOrEmpty(response));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return super.prepareResponse(request, Mono.fromFuture(pending));
		}
		catch (ExecutionException | TimeoutException ex) {
			return super.prepareResponse(request, Mono.fromFuture(pending));
		}
	}

	/** In place of Spring Boot's handler, on the same route. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Registration {

		@Bean
		GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
			return new WaitingGraphQlHttpHandler(handler);
		}

	}

}
