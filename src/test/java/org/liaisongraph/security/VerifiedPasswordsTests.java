package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTests {

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	private final AtomicInteger bcryptChecks = new AtomicInteger();

	private final AtomicLong now = new AtomicLong();

	private final PasswordEncoder passwords = new VerifiedPasswords(new PasswordEncoder() {

		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			bcryptChecks.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}

	}, Duration.ofMinutes(5), now::get);

	@Test
	void aVerifiedPasswordIsCheckedWithBcryptOnceUntilItsTimeIsUp() {
		String hash = passwords.encode("correct horse battery");
		for (int i = 0; i < 5; i++) {
			assertThat(passwords.matches("correct horse battery", hash)).isTrue();
		}
		assertThat(bcryptChecks).hasValue(1);

		now.addAndGet(Duration.ofMinutes(5).toNanos());
		assertThat(passwords.matches("correct horse battery", hash)).isTrue();
		assertThat(bcryptChecks).hasValue(2);
	}

	@Test
	void aWrongPasswordIsCheckedWithBcryptEveryTime() {
		String hash = passwords.encode("correct horse battery");
		assertThat(passwords.matches("correct horse battery", hash)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(passwords.matches("wrong horse battery", hash)).isFalse();
		}
		assertThat(bcryptChecks).hasValue(4);
	}

	@Test
	void aNewHashDoesNotMatchThePasswordVerifiedAgainstTheOld() {
		String old = passwords.encode("correct horse battery");
		assertThat(passwords.matches("correct horse battery", old)).isTrue();
		String changed = passwords.encode("a new passphrase");
		assertThat(passwords.matches("correct horse battery", changed)).isFalse();
		assertThat(passwords.matches("a new passphrase", changed)).isTrue();
	}

}
