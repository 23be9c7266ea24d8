package org.liaisongraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds migration files with Spring's resource resolver: the library's default scans the whole
 * class path with ClassGraph, which costs seconds at start inside a fat jar.
 */
class SpringResourceScanner implements ClasspathResourceScanner {

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Override
	public List<URL> scan(List<String> locations) {
		List<URL> urls = new ArrayList<>();
		try {
			for (String location : locations) {
				for (Resource resource : files(location)) {
					urls.add(resource.getURL());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return urls;
	}

	/** The migration files in a class path folder ({@code graph-schema} or {@code /graph-schema}), in every jar. */
	Resource[] files(String location) throws IOException {
		String folder = location.startsWith("/") ? location.substring(1) : location;
		return resolver.getResources("classpath*:" + folder + "/**/*.cypher");
	}

}
