package org.liaisongraph.neo4j;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of byte parts in order, as hex: what a start compares with a fingerprint it recorded. */
final class Sha256 {

	private Sha256() {
	}

	static String of(Iterable<byte[]> parts) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			parts.forEach(digest::update);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
