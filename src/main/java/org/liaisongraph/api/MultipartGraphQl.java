package org.liaisongraph.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over a multipart request, as the GraphQL multipart request spec has it, which Spring for
 * GraphQL does not do itself: {@code POST /graphql} with {@code multipart/form-data}, the form field
 * {@code operations} holding the request as JSON with null where the files go, {@code map} naming
 * for each file part the variable paths it goes to ({@code {"0": ["variables.input.files.0"]}}),
 * then the file parts. The files become {@link MultipartFile} values of the variables ({@code Upload}
 * scalar) and the request runs through the same {@link WebGraphQlHandler} as any other, so its
 * interceptors apply. One operation per request: batches are refused. Not in the command-line mode,
 * which serves nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class MultipartGraphQl {

	private static final TypeReference<Map<String, List<String>>> FILE_MAP = new TypeReference<>() {
	};

	static final String PREFLIGHT_HEADER = "GraphQL-Preflight";

	private final JsonMapper json = JsonMapper.builder().build();

	/** Before Spring's own /graphql route, which answers any other POST with 415. */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> multipartGraphQlRoute(WebGraphQlHandler handler) {
		return RouterFunctions.route()
			.POST("/graphql", RequestPredicates.contentType(MediaType.MULTIPART_FORM_DATA),
					request -> handle(request, handler))
			.build();
	}

	private ServerResponse handle(ServerRequest request, WebGraphQlHandler handler) {
		// A form of another site can post multipart data with the browser's credentials; a custom
		// header it cannot add without a CORS preflight, which this API never allows, stops that.
		if (request.headers().firstHeader(PREFLIGHT_HEADER) == null) {
			return badRequest("a multipart request must carry the header " + PREFLIGHT_HEADER);
		}
		// under the wrappers of the security filters
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request.servletRequest(),
				MultipartHttpServletRequest.class);
		if (multipart == null) {
			return badRequest("the request is not a readable multipart request");
		}
		Map<String, Object> body;
		try {
			body = operations(multipart);
		}
		catch (IllegalArgumentException ex) {
			return badRequest(ex.getMessage());
		}
		var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), body,
				UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
		// waits here rather than answering asynchronously: an import can outlast the servlet
		// container's timeout for asynchronous requests
		WebGraphQlResponse response = handler.handleRequest(graphQlRequest).block();
		return ServerResponse.ok()
			.headers(headers -> headers.putAll(response.getResponseHeaders()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(response.toMap());
	}

	/** The request of {@code operations}, with the file parts put where {@code map} says. */
	private Map<String, Object> operations(MultipartHttpServletRequest multipart) {
		String operations = multipart.getParameter("operations");
		String map = multipart.getParameter("map");
		if (operations == null || map == null) {
			throw new IllegalArgumentException("the form fields 'operations' and 'map' are required");
		}
		Object request;
		Map<String, List<String>> files;
		try {
			request = json.readValue(operations, Object.class);
			files = json.readValue(map, FILE_MAP);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("'operations' or 'map' is not valid JSON: " + ex.getOriginalMessage());
		}
		if (!(request instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("'operations' must be one request object; batches are not supported");
		}
		@SuppressWarnings("unchecked")
		var body = (Map<String, Object>) request;
		files.forEach((part, paths) -> {
			MultipartFile file = multipart.getFile(part);
			if (file == null) {
				throw new IllegalArgumentException("'map' names the file part '" + part + "', which the request lacks");
			}
			paths.forEach(path -> place(body, path, file));
		});
		return body;
	}

	/** Puts a file at a path such as {@code variables.input.files.0}, where operations holds null. */
	@SuppressWarnings("unchecked")
	private static void place(Map<String, Object> body, String path, MultipartFile file) {
		String[] steps = path.split("\\.");
		if (steps.length < 2 || !steps[0].equals("variables")) {
			throw new IllegalArgumentException("'map' path '" + path + "' does not start with 'variables.'");
		}
		Object node = body;
		for (int i = 0; i < steps.length; i++) {
			boolean last = i == steps.length - 1;
			if (node instanceof Map<?, ?> m && m.containsKey(steps[i])) {
				var values = (Map<String, Object>) m;
				if (last) {
					values.put(steps[i], file);
					return;
				}
				node = values.get(steps[i]);
			}
			else if (node instanceof List<?> l && steps[i].matches("\\d+") && Integer.parseInt(steps[i]) < l.size()) {
				var items = (List<Object>) l;
				if (last) {
					items.set(Integer.parseInt(steps[i]), file);
					return;
				}
				node = items.get(Integer.parseInt(steps[i]));
			}
			else {
				throw new IllegalArgumentException("'map' path '" + path + "' names nothing in 'operations'");
			}
		}
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.forEach((name, values) -> values
				.forEach((Cookie cookie) -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
	}

	private static ServerResponse badRequest(String message) {
		return ServerResponse.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", List.of(Map.of("message", "Multipart request: " + message,
					"extensions", Map.of("classification", "BAD_REQUEST")))));
	}

}
