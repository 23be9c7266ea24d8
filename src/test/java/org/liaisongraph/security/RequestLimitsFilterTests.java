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
import org.springframework.util.unit.DataSize;

/** Bodies sent without a length (chunked), which the integration tests' MockMvc cannot send. */
class RequestLimitsFilterTests {

	private final RequestLimitsFilter filter = new RequestLimitsFilter(
			new LimitsProperties(10, 100_000, 3, 20, 5, DataSize.ofBytes(10), Duration.ofSeconds(30),
					Duration.ofMinutes(30)), "/graphql");

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
