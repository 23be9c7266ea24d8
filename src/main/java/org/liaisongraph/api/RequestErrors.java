package org.liaisongraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request refused before GraphQL runs: a GraphQL-shaped JSON body with one error,
 * its classification and message, and the HTTP status that says why, so no client ever gets an
 * empty body, an HTML page or a stack trace.
 */
public final class RequestErrors {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RequestErrors() {
	}

	/**
	 * Writes the error.
	 * @param extensions more extensions after the classification (the limit, the setting, ...)
	 */
	public static void write(HttpServletResponse response, int status, String classification, String message,
			Map<String, Object> extensions) throws IOException {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("classification", classification);
		all.putAll(extensions);
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// in the order GraphQL's errors have, the same on every run (Map.of's order is not)
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", all);
		response.getWriter().write(json.writeValueAsString(Map.of("errors", List.of(error))));
	}

}
