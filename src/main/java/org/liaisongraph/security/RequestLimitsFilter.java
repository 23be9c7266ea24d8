package org.liaisongraph.security;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.liaisongraph.api.BufferedRequest;
import org.liaisongraph.api.GraphQlEndpointFilter;
import org.liaisongraph.api.RequestDeadline;
import org.liaisongraph.api.RequestErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * On the GraphQL endpoint, after authentication: refuses a body larger than the limit with 413
 * before it is parsed, and sets the request's deadline, which bounds its database transactions.
 * The same limits hold whatever the content type: only a multipart request whose operation is
 * {@code importDataset} alone, sent by a user who may upload (EDITOR and above), gets the upload's
 * size (the multipart limits) and deadline.
 */
class RequestLimitsFilter extends GraphQlEndpointFilter {

	private static final String IMPORT_FIELD = "importDataset";

	private final LimitsProperties limits;

	private final BooleanSupplier mayUpload;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param mayUpload whether the authenticated user of the current request may upload a dataset
	 */
	RequestLimitsFilter(LimitsProperties limits, String graphQlPath, BooleanSupplier mayUpload) {
		super(graphQlPath);
		this.limits = limits;
		this.mayUpload = mayUpload;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = limits.maxBodySize().toBytes();
		if (isMultipart(request)) {
			if (mayUpload.getAsBoolean() && isImportOnly(request, response)) {
				withDeadline(TimeLimit.ofUpload(limits), request, response, chain);
			}
			else if (!response.isCommitted()) {
				// the parts are parsed by the container, from its own stream: a length must be declared
				if (request.getContentLengthLong() < 0 || request.getContentLengthLong() > max) {
					tooLarge(response, max);
					return;
				}
				withDeadline(TimeLimit.ofRequest(limits), request, response, chain);
			}
			return;
		}
		HttpServletRequest checked = request;
		if (request.getContentLengthLong() > max) {
			tooLarge(response, max);
			return;
		}
		if (request.getContentLengthLong() < 0) {
			// No declared length (chunked): read at most one byte more than allowed to decide.
			byte[] body = request.getInputStream().readNBytes((int) max + 1);
			if (body.length > max) {
				tooLarge(response, max);
				return;
			}
			checked = new BufferedRequest(request, body);
		}
		withDeadline(TimeLimit.ofRequest(limits), checked, response, chain);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	/**
	 * Whether the multipart request's one operation asks for {@code importDataset} and nothing else.
	 * Reading its {@code operations} field makes the container parse the parts, within the multipart
	 * limits; a request over them is answered 413 here (and false returned).
	 */
	private boolean isImportOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String operations;
		try {
			request.getParts();
			operations = request.getParameter("operations");
		}
		catch (IllegalStateException | ServletException ex) {
			if (ex instanceof IllegalStateException) {
				tooLarge(response, "the upload is larger than the multipart limits (spring.servlet.multipart."
						+ "max-file-size, max-request-size)", "spring.servlet.multipart.max-request-size");
				// committed, so the caller passes nothing on: Spring's multipart resolver would otherwise
				// meet the same limit and replace this answer by an empty 413
				response.flushBuffer();
			}
			return false;
		}
		if (operations == null) {
			return false;
		}
		try {
			Map<?, ?> body = json.readValue(operations, Map.class);
			if (!(body.get("query") instanceof String query)) {
				return false;
			}
			Document document = Parser.parse(query);
			Object name = body.get("operationName");
			List<OperationDefinition> chosen = document.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.filter(operation -> name == null || name.equals(operation.getName()))
				.toList();
			return chosen.size() == 1 && !chosen.getFirst().getSelectionSet().getSelections().isEmpty()
					&& chosen.getFirst().getSelectionSet().getSelections().stream()
						.allMatch(selection -> selection instanceof Field field && IMPORT_FIELD.equals(field.getName()));
		}
		catch (JacksonException | InvalidSyntaxException | ClassCastException ex) {
			// not an import; the handler reports the malformed request
			return false;
		}
	}

	private static void withDeadline(TimeLimit limit, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		RequestDeadline.start(Instant.now().plus(limit.duration()));
		request.setAttribute(TimeLimit.ATTRIBUTE, limit);
		try {
			chain.doFilter(request, response);
		}
		finally {
			RequestDeadline.end();
		}
		if (request.isAsyncStarted()) {
			// the GraphQL handler answers asynchronously with the container's own limit (30 s in Tomcat,
			// Spring MVC's setting does not reach it): past the deadline, so that the deadline's
			// classified error answers rather than a bare 503
			request.getAsyncContext().setTimeout(limit.duration().plus(RequestDeadline.ASYNC_MARGIN).toMillis());
		}
	}

	private void tooLarge(HttpServletResponse response, long max) throws IOException {
		tooLarge(response, "the request body is larger than the limit of " + max
				+ " bytes (liaison.security.limits.max-body-size; only the importDataset upload of an EDITOR may be "
				+ "larger, and must declare its length)", "liaison.security.limits.max-body-size", max);
	}

	private void tooLarge(HttpServletResponse response, String message, String setting) throws IOException {
		tooLarge(response, message, setting, null);
	}

	private void tooLarge(HttpServletResponse response, String message, String setting, Long max) throws IOException {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (max != null) {
			extensions.put("limit", max);
		}
		extensions.put("setting", setting);
		RequestErrors.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), "BAD_REQUEST", "Refused: " + message,
				extensions);
	}

}
