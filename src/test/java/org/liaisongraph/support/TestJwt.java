package org.liaisongraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The identity provider of the tests: an RSA key made for the test run, whose public half the app
 * trusts through {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, so the
 * one Spring context of the suite accepts bearer tokens the tests sign.
 */
public final class TestJwt {

	private static final KeyPair TRUSTED = rsa();

	private static final KeyPair STRANGER = rsa();

	private static Path publicKey;

	private TestJwt() {
	}

	static synchronized void register(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
				() -> "file:" + publicKeyFile().toAbsolutePath());
	}

	/** A token signed with the trusted key, valid from a minute ago until {@code expires}. */
	public static String signed(String subject, Map<String, Object> claims, Instant expires) {
		return sign(TRUSTED, subject, claims, expires);
	}

	/** The same token signed with a key the app does not know. */
	public static String signedByStranger(String subject, Map<String, Object> claims, Instant expires) {
		return sign(STRANGER, subject, claims, expires);
	}

	private static String sign(KeyPair key, String subject, Map<String, Object> claims, Instant expires) {
		var builder = new JWTClaimsSet.Builder().subject(subject)
			.issueTime(Date.from(expires.minusSeconds(3600)))
			.notBeforeTime(Date.from(Instant.now().minusSeconds(60)))
			.expirationTime(Date.from(expires));
		claims.forEach(builder::claim);
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static Path publicKeyFile() {
		if (publicKey == null) {
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TRUSTED.getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			try {
				publicKey = TestFolders.newFile("test-jwt-", ".pub");
				Files.writeString(publicKey, pem);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return publicKey;
	}

	private static KeyPair rsa() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
