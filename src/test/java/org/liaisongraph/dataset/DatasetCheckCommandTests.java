package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code check <folder>}: the import's checks alone, against the files and the graph, nothing written. */
class DatasetCheckCommandTests extends IntegrationTest {

	private static final String ALL_NODES = "MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)";

	@Autowired
	DatasetCommand command;

	/** What the last call printed. */
	private ByteArrayOutputStream out;

	private ByteArrayOutputStream err;

	@Test
	void theReferenceDatasetHasNoProblem() {
		assertThat(run("check", "src/main/resources/dataset")).isEqualTo(DatasetCommand.OK);

		assertThat(text(out)).matches("Checked \\d+ rows in \\d+ files: no problem\n");
		assertThat(text(err)).isEmpty();
		assertThat(count(ALL_NODES)).isZero();
	}

	@Test
	void aBadFolderGetsEveryProblemByFileAndLineAndNothingWritten() {
		assertThat(run("check", "src/test/resources/check-bad")).isEqualTo(DatasetCommand.REFUSED);

		assertThat(text(out)).isEqualTo("""
				CALLS_AT.csv:3: seq: must be 1: calls are numbered from 0 without gaps
				CALLS_AT.csv:5: role: must be TRANSIT
				CALLS_AT.csv:6: role: must be DESTINATION
				CALLS_AT.csv:7: from: a route needs at least two calls, has 1
				IN_STATE.csv:3: to: Port 'NLRTM' is in state 'NL' by its UN/LOCODE, not 'BE'
				Port.csv:5: row: has 4 cells, the header 3
				Port.csv:5: source: unknown Source 'Belgium'
				7 problem(s)
				""");
		assertThat(count(ALL_NODES)).isZero();
	}

	@Test
	void theImportRefusesWithTheProblemsTheCheckReports() {
		run("check", "src/test/resources/check-bad");
		List<String> problems = text(out).lines().filter(line -> line.contains(".csv:")).toList();

		assertThat(run("import", "src/test/resources/check-bad")).isEqualTo(DatasetCommand.REFUSED);
		assertThat(text(err).lines()).hasSize(8)
			.startsWith(problems.toArray(String[]::new))
			.endsWith("7 problem(s): nothing was imported");
	}

	@Test
	void keysTheFilesReferToWithoutDeclaringThemAreLookedUpInTheGraph(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("MEMBER_OF.csv"), "from,to,since,source\nEC,EU,,src-a\n");

		assertThat(run("check", folder.toString())).isEqualTo(DatasetCommand.REFUSED);
		// the problems of one line come in no particular order
		assertThat(text(out).lines()).containsExactlyInAnyOrder("MEMBER_OF.csv:2: from: unknown State 'EC'",
				"MEMBER_OF.csv:2: to: unknown Bloc 'EU'", "MEMBER_OF.csv:2: source: unknown Source 'src-a'",
				"3 problem(s)");

		loadFixture();
		long before = count(ALL_NODES);
		assertThat(run("check", folder.toString())).isEqualTo(DatasetCommand.OK);
		assertThat(text(out)).isEqualTo("Checked 1 rows in 1 files: no problem\n");
		assertThat(count(ALL_NODES)).isEqualTo(before);
		assertThat(count("MATCH (:State {iso2: 'EC'})-[m:MEMBER_OF]->() RETURN count(m)")).isZero();
	}

	@Test
	void aMissingFolderOrAnExtraArgumentIsAUsageError() {
		assertThat(run("check")).isEqualTo(DatasetCommand.USAGE);
		assertThat(text(err)).startsWith("usage: import <folder of CSV and JSON files> | check <folder> | export ");
		assertThat(run("check", "a", "b")).isEqualTo(DatasetCommand.USAGE);
		assertThat(run("check", "no/such/folder")).isEqualTo(DatasetCommand.USAGE);
		assertThat(text(err)).startsWith("check: ").endsWith("no/such/folder is not a folder\n");
		assertThat(text(out)).isEmpty();
	}

	private int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return command.execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
