package org.liaisongraph.neo4j;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of byte parts in order, as hex: the fingerprints a start compares with those it recorded
 * (the migrations', the named queries', the reference dataset's) and a published report's digests.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String of(Iterable<byte[]> parts) {
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
