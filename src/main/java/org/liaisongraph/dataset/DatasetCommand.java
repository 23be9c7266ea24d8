package org.liaisongraph.dataset;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The command-line side of the importer and exporter: {@code import <folder>} reads a folder of
 * CSV and JSON files through the same checks and the same all-or-nothing write as every other
 * import, as the operating system's user; {@code check <folder>} runs those checks alone, against
 * the files and the graph, and writes nothing; {@code export <folder> [label]} writes the graph, or
 * one label or relationship type, into one.
 */
@Component
public class DatasetCommand {

	/** Done. */
	public static final int OK = 0;

	/** The files had problems; nothing was written. */
	public static final int REFUSED = 1;

	/** The command was called wrongly. */
	public static final int USAGE = 2;

	/** Writing failed; what the import wrote was undone. */
	public static final int FAILED = 3;

	/** Another large import was being written; nothing was written. */
	public static final int BUSY = 4;

	private static final String USAGE_TEXT = "usage: import <folder of CSV and JSON files> | check <folder> | export <folder> [label or relationship type]";

	private final GraphImporter importer;

	private final GraphExporter exporter;

	DatasetCommand(GraphImporter importer, GraphExporter exporter) {
		this.importer = importer;
		this.exporter = exporter;
	}

	/** Whether these program arguments ask for a command rather than the server. */
	public static boolean requested(String[] args) {
		return args.length > 0 && List.of("import", "check", "export").contains(args[0]);
	}

	/**
	 * Runs the command and returns the exit code; the report goes to out, problems to err.
	 * @param args the program's arguments other than {@code --name=value} options
	 */
	public int execute(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() == 2 && args.get(0).equals("import")) {
			return importFolder(Path.of(args.get(1)), out, err);
		}
		if (args.size() == 2 && args.get(0).equals("check")) {
			return checkFolder(Path.of(args.get(1)), out, err);
		}
		if ((args.size() == 2 || args.size() == 3) && args.get(0).equals("export")) {
			return exportFolder(Path.of(args.get(1)), (args.size() == 3) ? args.get(2) : null, out, err);
		}
		err.println(USAGE_TEXT);
		return USAGE;
	}

	private int importFolder(Path folder, PrintStream out, PrintStream err) {
		if (!Files.isDirectory(folder)) {
			err.println("import: " + folder.toAbsolutePath() + " is not a folder");
			return USAGE;
		}
		try {
			ImportResult result = importer.importInputs(ImportInput.fromFolder(folder), System.getProperty("user.name"));
			result.rowsByFile().forEach((file, rows) -> out.println(ImportResult.rows(file, rows)));
			out.println("Imported " + result.rows() + " rows in " + result.millis() + " ms");
			return OK;
		}
		catch (ImportFailedException ex) {
			ex.problems().forEach(err::println);
			if (ex.omitted() > 0) {
				err.println("... and " + ex.omitted() + " more");
			}
			err.println(ex.problems().size() + ex.omitted() + " problem(s): nothing was imported");
			return REFUSED;
		}
		catch (ImportAbortedException ex) {
			err.println("import: " + ex.getMessage());
			return FAILED;
		}
		catch (ImportBusyException ex) {
			err.println("import: " + ex.getMessage());
			return BUSY;
		}
	}

	/** The problems are what was asked for, so they go to out, one {@code file:line: field: reason} a line. */
	private int checkFolder(Path folder, PrintStream out, PrintStream err) {
		if (!Files.isDirectory(folder)) {
			err.println("check: " + folder.toAbsolutePath() + " is not a folder");
			return USAGE;
		}
		try {
			Map<String, Integer> rowsByFile = importer.checkInputs(ImportInput.fromFolder(folder));
			out.println("Checked " + rowsByFile.values().stream().mapToLong(Integer::longValue).sum() + " rows in "
					+ rowsByFile.size() + " files: no problem");
			return OK;
		}
		catch (ImportFailedException ex) {
			ex.problems().forEach(out::println);
			if (ex.omitted() > 0) {
				out.println("... and " + ex.omitted() + " more");
			}
			out.println(ex.problems().size() + ex.omitted() + " problem(s)");
			return REFUSED;
		}
	}

	private int exportFolder(Path folder, String label, PrintStream out, PrintStream err) {
		List<ImportFile> files;
		try {
			files = (label != null) ? exporter.export(label) : exporter.export();
		}
		catch (IllegalArgumentException ex) {
			err.println("export: " + ex.getMessage());
			return USAGE;
		}
		ImportFile.toFolder(files, folder);
		files.forEach(file -> out.println(folder.resolve(file.name())));
		out.println("Exported " + files.size() + " files");
		return OK;
	}

}
