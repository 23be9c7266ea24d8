package org.liaisongraph.security;

import java.time.Duration;

/**
 * The time limit a request was given and the setting that sets it, kept on the request so that its
 * timeout error names the right one.
 */
record TimeLimit(Duration duration, String setting) {

	static final String ATTRIBUTE = TimeLimit.class.getName();

	static final String SETTING = "liaison.security.limits.timeout";

	static final String IMPORT_SETTING = "liaison.security.limits.import-timeout";

	/** The limit of every request but an upload. */
	static TimeLimit ofRequest(LimitsProperties limits) {
		return new TimeLimit(limits.timeout(), SETTING);
	}

	/** The limit of an EDITOR's {@code importDataset} upload. */
	static TimeLimit ofUpload(LimitsProperties limits) {
		return new TimeLimit(limits.importTimeout(), IMPORT_SETTING);
	}

}
