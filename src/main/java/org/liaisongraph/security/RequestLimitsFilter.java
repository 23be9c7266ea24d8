package org.liaisongraph.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.liaisongraph.api.RequestDeadline;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the GraphQL endpoint, after authentication: refuses a body larger than the limit with 413
 * before it is parsed, and sets the request's deadline, which bounds its database transactions.
 */
class RequestLimitsFilter extends OncePerRequestFilter {

	private final LimitsProperties limits;

	private final String graphQlPath;

	RequestLimitsFilter(LimitsProperties limits, String graphQlPath) {
		this.limits = limits;
		this.graphQlPath = graphQlPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !graphQlPath.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isUpload(request)) {
			withDeadline(limits.importTimeout(), request, response, chain);
			return;
		}
		long max = limits.maxBodySize().toBytes();
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
			checked = new BufferedBody(request, body);
		}
		withDeadline(limits.timeout(), checked, response, chain);
	}

	/** A multipart upload: the servlet container's multipart limits bound its size. */
	private static boolean isUpload(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static void withDeadline(Duration timeout, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		RequestDeadline.start(Instant.now().plus(timeout));
		try {
			chain.doFilter(request, response);
		}
		finally {
			RequestDeadline.end();
		}
	}

	private static void tooLarge(HttpServletResponse response, long max) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"Refused: the request body is larger than the limit of " + max
					+ " bytes (liaison.security.limits.max-body-size)\",\"extensions\":{\"classification\":"
					+ "\"BAD_REQUEST\",\"limit\":" + max + ",\"setting\":\"liaison.security.limits.max-body-size\"}}]}");
	}

	/** A request whose body was already read into memory. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				/** The whole body is in memory: it is available at once, and then all read. */
				@Override
				public void setReadListener(ReadListener listener) {
					try {
						listener.onDataAvailable();
						listener.onAllDataRead();
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}
			};
		}

	}

}
