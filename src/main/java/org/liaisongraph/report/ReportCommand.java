package org.liaisongraph.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.liaisongraph.api.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * The command line's {@code report <year> [--lang nl|fr] [--out file.pdf|file.html]
 * [--include-illustrative]}: writes the annual report from the graph, as PDF unless the file ends in
 * {@code .html}, and says how many pages, how long it took, and which sections have data.
 */
@Component
public class ReportCommand {

	/** Done. */
	public static final int OK = 0;

	/** The command was called wrongly. */
	public static final int USAGE = 2;

	private static final String USAGE_TEXT = "usage: report <year> [--lang nl|fr] [--out report.pdf|report.html] [--include-illustrative]";

	private final AnnualReports reports;

	private final ReportRenderer renderer;

	ReportCommand(AnnualReports reports, ReportRenderer renderer) {
		this.reports = reports;
		this.renderer = renderer;
	}

	/** Whether these program arguments ask for the report rather than the server. */
	public static boolean requested(String[] args) {
		return args.length > 0 && args[0].equals("report");
	}

	/** Runs the command with the program's arguments as given, and returns the exit code. */
	public int execute(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() < 2 || !args.get(0).equals("report") || !args.get(1).matches("\\d{4}")) {
			err.println(USAGE_TEXT);
			return USAGE;
		}
		int year = Integer.parseInt(args.get(1));
		String lang = "nl";
		Path file = null;
		boolean includeIllustrative = false;
		for (int i = 2; i < args.size(); i++) {
			String arg = args.get(i);
			if ((arg.equals("--lang") || arg.equals("--out")) && i + 1 < args.size()) {
				String value = args.get(++i);
				if (arg.equals("--lang")) {
					lang = value;
				}
				else {
					file = Path.of(value);
				}
			}
			else if (arg.startsWith("--lang=")) {
				lang = arg.substring("--lang=".length());
			}
			else if (arg.startsWith("--out=")) {
				file = Path.of(arg.substring("--out=".length()));
			}
			else if (arg.equals("--include-illustrative")) {
				includeIllustrative = true;
			}
			else {
				err.println(USAGE_TEXT);
				return USAGE;
			}
		}
		try {
			long start = System.nanoTime();
			var report = reports.report(year, ReportLanguage.of(lang), includeIllustrative);
			boolean html = file != null && file.getFileName().toString().endsWith(".html");
			if (file == null) {
				file = Path.of("report-" + year + "-" + lang + ".pdf");
			}
			int pages;
			if (html) {
				Files.writeString(file, renderer.html(report), StandardCharsets.UTF_8);
				pages = 0;
			}
			else {
				byte[] pdf = renderer.pdf(report);
				Files.write(file, pdf);
				try (var document = Loader.loadPDF(pdf)) {
					pages = document.getNumberOfPages();
				}
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			out.println("Wrote " + file.toAbsolutePath() + ((pages > 0) ? " (" + pages + " pages)" : "") + " in "
					+ millis + " ms");
			report.sections()
				.forEach(s -> out.println("  " + s.code() + ": " + (s.hasData() && s.note() == null ? "data" : "no data")));
			return OK;
		}
		catch (IllegalArgumentException | BadRequestException ex) {
			err.println("report: " + ex.getMessage());
			return USAGE;
		}
		catch (IOException ex) {
			err.println("report: " + ex.getMessage());
			return USAGE;
		}
	}

}
