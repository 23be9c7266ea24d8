package org.liaisongraph.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body was already read into memory, for filters that look at a body before passing it on. */
public final class BufferedRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	public BufferedRequest(HttpServletRequest request, byte[] body) {
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
