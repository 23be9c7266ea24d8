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

}
