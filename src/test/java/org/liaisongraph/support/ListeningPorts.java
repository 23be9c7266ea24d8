package org.liaisongraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The TCP ports this JVM listens on, read from Linux's /proc: the sockets among the process's
 * open files that the kernel's TCP tables show in state LISTEN.
 */
public final class ListeningPorts {

	private static final String LISTEN = "0A";

	private ListeningPorts() {
	}

	public static Set<Integer> ofThisProcess() {
		Set<String> sockets = new HashSet<>();
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			fds.forEach(fd -> {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						sockets.add(target.substring("socket:[".length(), target.length() - 1));
					}
				}
				catch (IOException ex) {
					// the file was closed while listed
				}
			});
			Set<Integer> ports = new TreeSet<>();
			for (String table : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
				var lines = Files.readAllLines(Path.of(table));
				for (String line : lines.subList(1, lines.size())) {
					String[] columns = line.trim().split("\\s+");
					if (columns[3].equals(LISTEN) && sockets.contains(columns[9])) {
						String local = columns[1];
						ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
					}
				}
			}
			return ports;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
