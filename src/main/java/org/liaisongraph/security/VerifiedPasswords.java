package org.liaisongraph.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a short while, that a password matched a stored hash, so
 * that a stateless API client does not pay a full bcrypt check on every request. Only successes
 * are remembered, under an HMAC of the stored hash and the password with a key drawn at start and
 * never stored: the memory holds neither password nor anything to test guesses against offline
 * without the key. The stored hash is part of the key, so a new password (a new hash) never
 * matches an old entry; whether the account is enabled and its roles are read from the graph on
 * every request as before, so disabling or removing it takes effect at once. Why this is safe:
 * docs/security.md.
 */
final class VerifiedPasswords implements PasswordEncoder {

	/** Past this many entries the expired ones go; past twice as many, all of them. */
	private static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder delegate;

	private final long ttlNanos;

	private final LongSupplier nanoTime;

	/**
	 * Initialised with the key, and copied for each check (a Mac is not thread-safe): a copy skips
	 * the provider lookup and the key's set-up that a new instance costs on every request.
	 */
	private final Mac prototype;

	private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

	VerifiedPasswords(PasswordEncoder delegate, Duration ttl) {
		this(delegate, ttl, System::nanoTime);
	}

	VerifiedPasswords(PasswordEncoder delegate, Duration ttl, LongSupplier nanoTime) {
		this.delegate = delegate;
		this.ttlNanos = ttl.toNanos();
		this.nanoTime = nanoTime;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		try {
			this.prototype = Mac.getInstance("HmacSHA256");
			this.prototype.init(new SecretKeySpec(secret, "HmacSHA256"));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", ex);
		}
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		String entry = fingerprint(rawPassword, encodedPassword);
		long now = nanoTime.getAsLong();
		Long until = verifiedUntil.get(entry);
		if (until != null && now - until < 0) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			remember(entry, now + ttlNanos, now);
		}
		else {
			verifiedUntil.remove(entry);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private void remember(String entry, long until, long now) {
		if (verifiedUntil.size() >= MAX_ENTRIES) {
			verifiedUntil.values().removeIf(expiry -> now - expiry >= 0);
			if (verifiedUntil.size() >= 2 * MAX_ENTRIES) {
				verifiedUntil.clear();
			}
		}
		verifiedUntil.put(entry, until);
	}

	private String fingerprint(CharSequence rawPassword, String encodedPassword) {
		Mac mac;
		try {
			mac = (Mac) prototype.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("the JVM's HmacSHA256 cannot be copied", ex);
		}
		mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
	}

}
