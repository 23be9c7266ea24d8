package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Neo4j's collections library (Eclipse Collections) ships as signed jars: the JDK checks the
 * signature of every class read out of a signed jar, and the JDK's AOT cache leaves such classes
 * out. The build unpacks its classes, without the signatures, into the app's own classes and keeps
 * the signed jars off the class path (pom.xml); this is the class path the tests run on.
 */
class UnsignedCollectionsTests {

	@Test
	void neo4jsCollectionsLoadUnsignedFromTheAppsOwnClasses() throws Exception {
		var source = Lists.class.getProtectionDomain().getCodeSource();
		assertThat(source.getCodeSigners()).isNull();
		Path location = Path.of(source.getLocation().toURI());
		assertThat(Files.isDirectory(location)).as("%s is the app's classes folder", location).isTrue();
		assertThat(location.resolve("org/liaisongraph")).isDirectory();
	}

	@Test
	void theSignedJarsAreNotOnTheClassPath() throws IOException {
		// the signature file both signed jars carry
		assertThat(Collections.list(getClass().getClassLoader().getResources("META-INF/ECLIPSE_.SF"))).isEmpty();
	}

	@Test
	void theCollectionsFindTheirFactoriesAsTheirJarsWouldServeThem() {
		// the factories come through META-INF/services, unpacked with the classes
		assertThat(Lists.mutable.of(1, 2).asUnmodifiable()).containsExactly(1, 2);
	}

}
