package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;

import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.util.unit.DataSize;

/**
 * Bodies sent without a length (chunked), which the integration tests' MockMvc cannot send, and
 * the limits of multipart requests.
 */
class RequestLimitsFilterTests {

	private static final String IMPORT = "mutation { importDataset(input: {files: [null]}) { nodesWritten } }";

	private final RequestLimitsFilter editors = new RequestLimitsFilter(
			new LimitsProperties(10, 100_000, 3, 20, 5, DataSize.ofBytes(100), Duration.ofSeconds(30),
					Duration.ofMinutes(30)), "/graphql", () -> true);

	private final RequestLimitsFilter filter = new RequestLimitsFilter(
			new LimitsProperties(10, 100_000, 3, 20, 5, DataSize.ofBytes(10), Duration.ofSeconds(30),
					Duration.ofMinutes(30)), "/graphql", () -> false);

	@Test
	void aChunkedBodyWithinTheLimitIsPassedOnWhole() throws Exception {
		var chain = new MockFilterChain();
		filter.doFilter(chunked("0123456789"), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest().getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8)
			.isEqualTo("0123456789");
	}

	@Test
	void aCheckedBodyCanBeReadWithoutBlockingToo() throws Exception {
		var chain = new MockFilterChain();
		filter.doFilter(chunked("0123456789"), new MockHttpServletResponse(), chain);
		var in = chain.getRequest().getInputStream();
		var read = new ByteArrayOutputStream();
		var events = new ArrayList<String>();
		in.setReadListener(new ReadListener() {

			@Override
			public void onDataAvailable() throws IOException {
				while (in.isReady() && !in.isFinished()) {
					read.write(in.read());
				}
				events.add("available");
			}

			@Override
			public void onAllDataRead() {
				events.add("all read");
			}

			@Override
			public void onError(Throwable failure) {
				events.add("error");
			}
		});
		assertThat(read.toString(StandardCharsets.UTF_8)).isEqualTo("0123456789");
		assertThat(events).containsExactly("available", "all read");
	}

	@Test
	void aChunkedBodyOverTheLimitIs413() throws Exception {
		var chain = new MockFilterChain();
		var response = new MockHttpServletResponse();
		filter.doFilter(chunked("0123456789A"), response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"limit\":10");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void otherPathsAreLeftAlone() throws Exception {
		var request = new MockHttpServletRequest("POST", "/graphiql");
		request.setContent("0123456789ABCDEF".getBytes(StandardCharsets.UTF_8));
		var chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
	}

	@Test
	void aQuerySentAsMultipartIsHeldToTheBodySizeLimit() throws Exception {
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		filter.doFilter(multipart("{ states { totalCount } }", 11), response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString()).contains("\"classification\":\"BAD_REQUEST\"", "max-body-size");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void aMultipartRequestWithoutADeclaredLengthIsRefusedUnlessItIsAnEditorsImport() throws Exception {
		var response = new MockHttpServletResponse();
		filter.doFilter(multipart(IMPORT, -1), response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(413);
		var editorsResponse = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		editors.doFilter(multipart(IMPORT, -1), editorsResponse, chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void onlyAnEditorsImportGetsTheUploadDeadline() throws Exception {
		assertThat(deadlineSeen(editors, IMPORT)).isGreaterThan(Duration.ofMinutes(29));
		assertThat(deadlineSeen(editors, "mutation { importDataset(input: {files: [null]}) { nodesWritten } "
				+ "states { totalCount } }")).isLessThanOrEqualTo(Duration.ofSeconds(30));
		assertThat(deadlineSeen(editors, "{ states { totalCount } }")).isLessThanOrEqualTo(Duration.ofSeconds(30));
		assertThat(deadlineSeen(new RequestLimitsFilter(new LimitsProperties(10, 100_000, 3, 20, 5,
				DataSize.ofBytes(1000), Duration.ofSeconds(30), Duration.ofMinutes(30)), "/graphql", () -> false), IMPORT))
			.isLessThanOrEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void anAsynchronousAnswerWaitsFiveSecondsPastItsRequestsDeadline() throws Exception {
		assertThat(asyncTimeoutSet(editors, IMPORT)).isEqualTo(Duration.ofMinutes(30).plusSeconds(5).toMillis());
		assertThat(asyncTimeoutSet(editors, "{ states { totalCount } }")).isEqualTo(Duration.ofSeconds(35).toMillis());
	}

	/** The timeout of the asynchronous answer a handler started without one, as the GraphQL handler does. */
	private static long asyncTimeoutSet(RequestLimitsFilter filter, String query) throws Exception {
		var request = multipart(query, 20);
		request.setAsyncSupported(true);
		var chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response) {
				request.startAsync();
			}
		});
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return request.getAsyncContext().getTimeout();
	}

	private static Duration deadlineSeen(RequestLimitsFilter filter, String query) throws Exception {
		var seen = new java.util.concurrent.atomic.AtomicReference<Duration>();
		var chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response) {
				seen.set(org.liaisongraph.api.RequestDeadline.remaining().orElseThrow());
			}
		});
		filter.doFilter(multipart(query, 20), new MockHttpServletResponse(), chain);
		return seen.get();
	}

	/** A multipart request of one operation, with the length declared (-1: none). */
	private static MockMultipartHttpServletRequest multipart(String query, int length) {
		var request = new MockMultipartHttpServletRequest() {

			@Override
			public long getContentLengthLong() {
				return length;
			}
		};
		request.setRequestURI("/graphql");
		request.setContentType("multipart/form-data; boundary=x");
		request.setParameter("operations", "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}");
		request.setParameter("map", "{}");
		return request;
	}

	private static HttpServletRequestWrapper chunked(String body) {
		var request = new MockHttpServletRequest("POST", "/graphql");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return new HttpServletRequestWrapper(request) {

			@Override
			public int getContentLength() {
				return -1;
			}

			@Override
			public long getContentLengthLong() {
				return -1;
			}
		};
	}

}
