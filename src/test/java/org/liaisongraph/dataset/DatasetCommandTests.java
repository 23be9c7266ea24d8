package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class DatasetCommandTests extends IntegrationTest {

	@Autowired
	DatasetCommand command;

	@Autowired
	ImportJournal journal;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aGoodFolderIsImportedAndReported() {
		assertThat(run("import", "src/test/resources/fixture")).isEqualTo(DatasetCommand.OK);
		assertThat(text(out)).contains("State.csv: 7 rows\n").contains("Imported 108 rows in ");
		assertThat(text(err)).isEmpty();
		assertThat(count("MATCH (s:State) RETURN count(s)")).isEqualTo(7);
		assertThat(neo4j.query("MATCH (e:AuditEntry {operation: 'import'}) RETURN e.user").fetchAs(String.class).all())
			.containsExactly(System.getProperty("user.name"));
	}

	@Test
	void aFolderWithBadRowsIsRefusedWithEveryProblemAndNothingWritten() {
		assertThat(run("import", "src/test/resources/import-bad")).isEqualTo(DatasetCommand.REFUSED);
		assertThat(text(err)).contains("State.csv:3: iso2: 'BEL' does not match [A-Z]{2}\n")
			.contains("Treaty.csv:3: source: unknown Source 'nowhere'\n")
			.endsWith("14 problem(s): nothing was imported\n");
		assertThat(count("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)")).isZero();
	}

	@Test
	void aMissingFolderIsAUsageError() {
		assertThat(run("import")).isEqualTo(DatasetCommand.USAGE);
		assertThat(run("import", "no/such/folder")).isEqualTo(DatasetCommand.USAGE);
		assertThat(text(err)).startsWith("usage: import <folder of CSV and JSON files> | check <folder> | export <folder> [label or relationship type]\n")
			.contains("is not a folder");
	}

	@Test
	void aLargeImportWhileAnotherIsBeingWrittenExitsBusyAndWritesNothing(@TempDir Path folder) throws Exception {
		journal.begin("someone", 9000);
		var sources = new StringBuilder("id,title,reliability\n");
		IntStream.rangeClosed(1, 5001).forEach(i -> sources.append("src-").append(i).append(",Source ").append(i).append(",B\n"));
		Files.writeString(folder.resolve("Source.csv"), sources);

		assertThat(run("import", folder.toString())).isEqualTo(DatasetCommand.BUSY);
		assertThat(text(err)).startsWith("import: Another import is being written into the graph (")
			.contains(" by someone, started ");
		assertThat(count("MATCH (s:Source) RETURN count(s)")).isZero();
	}

	@Test
	void theGraphIsExportedIntoAFolderThatImportsBackIntoTheSameGraph(@TempDir Path folder) {
		loadFixture();
		assertThat(run("export", folder.toString())).isEqualTo(DatasetCommand.OK);
		assertThat(text(out)).contains(folder.resolve("State.csv").toString()).endsWith("Exported 35 files\n");

		emptyGraph();
		assertThat(run("import", folder.toString())).isEqualTo(DatasetCommand.OK);
		assertThat(count("MATCH (s:State) RETURN count(s)")).isEqualTo(7);
		assertThat(count("MATCH ()-[l:LEG]->() RETURN count(l)")).isEqualTo(4);
	}

	@Test
	void oneTypeIsExportedAloneAndAnUnknownOneIsAUsageError(@TempDir Path folder) throws Exception {
		loadFixture();
		assertThat(run("export", folder.toString(), "MEMBER_OF")).isEqualTo(DatasetCommand.OK);
		assertThat(Files.list(folder).map(f -> f.getFileName().toString()).toList()).containsExactly("MEMBER_OF.csv");
		assertThat(run("export", folder.toString(), "Nope")).isEqualTo(DatasetCommand.USAGE);
		assertThat(text(err)).startsWith("export: 'Nope' is not a label or relationship type of the graph model");
	}

	private int run(String... args) {
		return command.execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
