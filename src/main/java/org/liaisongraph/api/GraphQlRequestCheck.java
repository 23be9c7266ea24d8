package org.liaisongraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shape of a request to the GraphQL endpoint, checked before GraphQL sees it, after the
 * security filters and the body size limit: POST only (405), a JSON answer acceptable (406), a
 * JSON body or a multipart form with its boundary (415, 400), and the JSON one request object with
 * a query (400: malformed JSON, null, a batch array, a missing query, fields of the wrong type).
 * Each refusal is a classified GraphQL error in JSON ({@link RequestErrors}), never a bare status,
 * an HTML page or a 500.
 */
class GraphQlRequestCheck extends GraphQlEndpointFilter {

	/** The request attribute holding the request object read by this filter, for the handler. */
	static final String PARSED = GraphQlRequestCheck.class.getName() + ".parsed";

	private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_GRAPHQL_RESPONSE);

	private final JsonMapper json = JsonMapper.builder().build();

	GraphQlRequestCheck(String graphQlPath) {
		super(graphQlPath);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, "POST");
			refuse(response, HttpStatus.METHOD_NOT_ALLOWED,
					"the GraphQL endpoint takes only POST, not " + request.getMethod());
			return;
		}
		if (!acceptable(request.getHeader(HttpHeaders.ACCEPT))) {
			refuse(response, HttpStatus.NOT_ACCEPTABLE, "the GraphQL endpoint answers only in " + ANSWERS
					+ "; the Accept header allows neither");
			return;
		}
		MediaType type;
		try {
			type = (request.getContentType() != null) ? MediaType.parseMediaType(request.getContentType()) : null;
		}
		catch (InvalidMediaTypeException ex) {
			type = null;
		}
		if (type != null && MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)) {
			if (type.getParameter("boundary") == null) {
				refuse(response, HttpStatus.BAD_REQUEST, "a multipart/form-data request needs a boundary parameter");
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
			refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "the GraphQL endpoint takes application/json (one "
					+ "request object) or multipart/form-data (an upload), not " + request.getContentType());
			return;
		}
		// bounded: the body size limit ran before
		byte[] body = request.getInputStream().readAllBytes();
		JsonNode tree;
		try {
			tree = json.readTree(body);
		}
		catch (JacksonException ex) {
			refuse(response, HttpStatus.BAD_REQUEST, "the body is not valid JSON: " + ex.getOriginalMessage());
			return;
		}
		String problem = problem(tree);
		if (problem != null) {
			refuse(response, HttpStatus.BAD_REQUEST, problem);
			return;
		}
		// the handler takes the request read here instead of parsing the body again; a body declared in
		// another charset than UTF-8 it decodes in that charset, so it reads that one itself
		String charset = type.getParameter("charset");
		if (charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset)) {
			request.setAttribute(PARSED, parsed(tree));
		}
		chain.doFilter(new BufferedRequest(request, body), response);
	}

	private static boolean acceptable(String accept) {
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch(wanted -> ANSWERS.stream().anyMatch(wanted::includes));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** What is wrong with the JSON body, null when it is one request object. */
	private static String problem(JsonNode request) {
		if (request == null || request.isMissingNode() || request.isNull()) {
			return "the body must be a JSON object with a query; it is empty or null";
		}
		if (request.isArray()) {
			return "batches are not supported: send one request object per request";
		}
		if (!request.isObject()) {
			return "the body must be a JSON object with a query";
		}
		JsonNode query = request.get("query");
		if (query == null || !query.isString() || query.asString().isBlank()) {
			return "the request object needs a query, a non-empty string";
		}
		for (var field : Map.of("operationName", "a string", "variables", "an object", "extensions", "an object")
			.entrySet()) {
			JsonNode value = request.get(field.getKey());
			boolean wrong = value != null && !value.isNull()
					&& (field.getKey().equals("operationName") ? !value.isString() : !value.isObject());
			if (wrong) {
				return "'" + field.getKey() + "' must be " + field.getValue() + " or null";
			}
		}
		return null;
	}

	/**
	 * The request object as Spring for GraphQL reads it from the body (a field given as null is set
	 * to null, one left out is not set; values of the variables and extensions as Jackson reads an
	 * untyped map), from the tree already read and checked.
	 */
	private SerializableGraphQlRequest parsed(JsonNode tree) {
		var request = new SerializableGraphQlRequest();
		request.setQuery(tree.get("query").asString());
		if (tree.has("operationName")) {
			JsonNode name = tree.get("operationName");
			request.setOperationName(name.isNull() ? null : name.asString());
		}
		if (tree.has("variables")) {
			request.setVariables(map(tree.get("variables")));
		}
		if (tree.has("extensions")) {
			request.setExtensions(map(tree.get("extensions")));
		}
		return request;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> map(JsonNode value) {
		return value.isNull() ? null : json.treeToValue(value, Map.class);
	}

	private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		RequestErrors.write(response, status.value(), "BAD_REQUEST", "Refused: " + message, Map.of());
	}

	/** Right after the body size limit, which follows the security filters. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class Registration {

		@Bean
		FilterRegistrationBean<GraphQlRequestCheck> graphQlRequestCheck(GraphQlProperties graphQl) {
			var registration = new FilterRegistrationBean<>(new GraphQlRequestCheck(graphQl.getHttp().getPath()));
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2);
			return registration;
		}

	}

}
