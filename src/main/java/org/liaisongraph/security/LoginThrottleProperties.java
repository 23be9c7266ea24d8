package org.liaisongraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins slow down and then lock out the user name and the address they come from.
 * Failures are counted within {@code window} of the last one; a success forgets the user's.
 *
 * @param userSlowAfter    failures of one user name after which each further attempt must wait
 *                         {@code delay}, doubled at each failure
 * @param userLockAfter    failures of one user name that lock it for {@code lockDuration}
 * @param addressSlowAfter failures from one address after which its attempts must wait
 * @param addressLockAfter failures from one address that lock it out
 * @param delay            first wait, doubled at each further failure, at most {@code lockDuration}
 * @param lockDuration     how long a lock lasts
 * @param window           failures older than this (counted from the last one) are forgotten
 */
@ConfigurationProperties("liaison.security.login-throttle")
record LoginThrottleProperties(@DefaultValue("3") int userSlowAfter, @DefaultValue("10") int userLockAfter,
		@DefaultValue("20") int addressSlowAfter, @DefaultValue("100") int addressLockAfter,
		@DefaultValue("1s") Duration delay, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("15m") Duration window) {
}
