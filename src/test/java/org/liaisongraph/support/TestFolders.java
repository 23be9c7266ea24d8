package org.liaisongraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Temporary files and folders of the tests under {@code target/}. An embedded store is half a
 * gigabyte and cannot be deleted while its database may still be closing at the JVM's exit, so each
 * run deletes the previous runs' instead, the first time it asks for a prefix (the tests run in one
 * JVM per build: no other run is using them).
 */
public final class TestFolders {

	private static final Path TARGET = Path.of("target");

	private static final Set<String> swept = new HashSet<>();

	private TestFolders() {
	}

	/** A new folder {@code target/<prefix>…}, after deleting those earlier runs left. */
	public static synchronized Path newFolder(String prefix) {
		try {
			sweep(prefix);
			return Files.createTempDirectory(TARGET, prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new file {@code target/<prefix>…<suffix>}, after deleting those earlier runs left. */
	public static synchronized Path newFile(String prefix, String suffix) {
		try {
			sweep(prefix);
			return Files.createTempFile(TARGET, prefix, suffix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sweep(String prefix) throws IOException {
		Files.createDirectories(TARGET);
		if (!swept.add(prefix)) {
			return;
		}
		try (Stream<Path> earlier = Files.list(TARGET)) {
			for (Path path : earlier.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
				delete(path);
			}
		}
	}

	private static void delete(Path path) throws IOException {
		try (Stream<Path> tree = Files.walk(path)) {
			for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		}
	}

}
