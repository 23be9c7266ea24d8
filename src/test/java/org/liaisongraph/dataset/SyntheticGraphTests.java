package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class SyntheticGraphTests extends IntegrationTest {

	private static final double SCALE = 0.01;

	@Autowired
	DatasetCommand command;

	@Test
	void theSameScaleWritesTheSameFiles(@TempDir Path one, @TempDir Path two) throws IOException {
		SyntheticGraph.write(SCALE, one);
		SyntheticGraph.write(SCALE, two);
		try (var files = Files.list(one)) {
			for (Path file : files.toList()) {
				assertThat(Files.readString(two.resolve(file.getFileName()))).as(file.getFileName().toString())
					.isEqualTo(Files.readString(file));
			}
		}
	}

	@Test
	void theCountsFollowTheScaleWithSkewedFanOuts(@TempDir Path folder) {
		Map<String, Integer> rows = SyntheticGraph.write(1, folder);
		assertThat(rows).containsEntry("Port.csv", 250)
			.containsEntry("Treaty.csv", 5_000)
			.containsEntry("PARTY_TO.csv", 10_000)
			.containsEntry("TraffickingRoute.csv", 2_000)
			.containsEntry("Seizure.csv", 100_000)
			.containsEntry("AT.csv", 100_000);
	}

	@Test
	void aSmallScaleOnTopOfTheReferenceDatasetPassesTheImportChecksAndIsImported(@TempDir Path folder) {
		importer.importFiles(ImportFile.fromClasspath("classpath:dataset"));
		Map<String, Integer> rows = SyntheticGraph.write(SCALE, folder);
		var discard = new PrintStream(OutputStream.nullOutputStream());
		assertThat(command.execute(List.of("check", folder.toString()), discard, discard))
			.isEqualTo(DatasetCommand.OK);
		importer.importFiles(ImportFile.fromFolder(folder));
		assertThat(count("MATCH (t:Treaty) WHERE t.id STARTS WITH 'syn-' RETURN count(t)"))
			.isEqualTo(rows.get("Treaty.csv").longValue());
		assertThat(count("MATCH (s:Seizure)-[:AT]->(:Port) WHERE s.id STARTS WITH 'syn-' RETURN count(s)"))
			.isEqualTo(rows.get("Seizure.csv").longValue());
		assertThat(count("MATCH ()-[l:LEG]->() WHERE l.route STARTS WITH 'syn-' RETURN count(l)"))
			.isEqualTo((long) rows.get("CALLS_AT.csv") - rows.get("TraffickingRoute.csv"));
		assertThat(count("""
				MATCH (n)-[:SUPPORTED_BY]->(s:Source {id: 'synthetic'})
				RETURN count(n)""")).isPositive();
		assertThat(count("MATCH (s:Source {id: 'synthetic'}) WHERE s.reliability = 'F' RETURN count(s)")).isOne();
	}

}
