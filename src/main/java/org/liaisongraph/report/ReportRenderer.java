package org.liaisongraph.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.liaisongraph.report.AnnualReport.Figure;
import org.liaisongraph.report.AnnualReport.GapRow;
import org.liaisongraph.report.AnnualReport.Item;
import org.liaisongraph.report.AnnualReport.NetworkPlace;
import org.liaisongraph.report.AnnualReport.RankRow;
import org.liaisongraph.report.AnnualReport.Section;
import org.liaisongraph.report.AnnualReport.SourceUse;
import org.liaisongraph.treaty.ClauseType;
import org.springframework.stereotype.Component;

/**
 * Writes an annual report as print-ready XHTML, with its charts as inline SVG, and as PDF through
 * openhtmltopdf with the fonts of the jar embedded. The PDF of a report is the same byte for byte
 * each time: its dates are the report's date and its document id is derived from its year.
 */
@Component
public class ReportRenderer {

	static final String PRODUCER = "Liaison Graph";

	private static final String FONT = "/report/fonts/DejaVuSans.ttf";

	private static final String BOLD_FONT = "/report/fonts/DejaVuSans-Bold.ttf";

	private static final String ILLUSTRATIVE_MARK = "\u2020";

	private static final int RANKING_BARS = 15;

	/** A label of the bundle, formatted with its arguments (so apostrophes are written once, as in MessageFormat). */
	static String text(ResourceBundle messages, String key, Object... arguments) {
		return new MessageFormat(messages.getString(key), messages.getLocale()).format(arguments);
	}

	/** The report as an XHTML page a browser prints. */
	public String html(AnnualReport report) {
		return new Page(report, false).write();
	}

	/** The report as PDF. */
	public byte[] pdf(AnnualReport report) {
		var rendered = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder().useFastMode()
				.withProducer(PRODUCER)
				.useSVGDrawer(new BatikSVGDrawer())
				.withHtmlContent(new Page(report, true).write(), null)
				.toStream(rendered);
			builder.run();
			return fixed(rendered.toByteArray(), report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The PDF with its dates set to the report's and an id derived from its year, so it renders identically. */
	private static byte[] fixed(byte[] pdf, AnnualReport report) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Calendar date = GregorianCalendar.from(report.asOf().atStartOfDay(ZoneOffset.UTC));
			date.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
			PDDocumentInformation info = document.getDocumentInformation();
			info.setCreationDate(date);
			info.setModificationDate(date);
			info.setProducer(PRODUCER);
			info.setCreator(PRODUCER);
			info.setTitle(text(report.lang().messages(), "title", String.valueOf(report.year())));
			document.getDocument().getTrailer().removeItem(org.apache.pdfbox.cos.COSName.ID);
			document.setDocumentId((long) report.year() * 10 + report.lang().ordinal());
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** One rendering of a report. */
	private static final class Page {

		private final AnnualReport report;

		private final boolean forPdf;

		private final ResourceBundle messages;

		private final Locale locale;

		private final NumberFormat numbers;

		private final DateTimeFormatter dates;

		private final StringBuilder out = new StringBuilder(64 * 1024);

		Page(AnnualReport report, boolean forPdf) {
			this.report = report;
			this.forPdf = forPdf;
			this.messages = report.lang().messages();
			this.locale = report.lang().locale();
			this.numbers = NumberFormat.getNumberInstance(locale);
			this.numbers.setMaximumFractionDigits(2);
			this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		}

		String write() {
			out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
				.append(locale.getLanguage())
				.append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
				.append(escape(t("title", String.valueOf(report.year()))))
				.append("</title>\n<style>\n")
				.append(css())
				.append("</style>\n</head>\n<body>\n");
			front();
			report.sections().forEach(this::section);
			sources();
			out.append("<p class=\"footer\">").append(escape(t("footer"))).append("</p>\n</body>\n</html>\n");
			return out.toString();
		}

		private String css() {
			String fonts = forPdf ? """
					@font-face { font-family: 'DejaVu Sans'; src: url('%s'); font-weight: normal; }
					@font-face { font-family: 'DejaVu Sans'; src: url('%s'); font-weight: bold; }
					""".formatted(ReportRenderer.class.getResource(FONT).toExternalForm(),
					ReportRenderer.class.getResource(BOLD_FONT).toExternalForm()) : "";
			return fonts + """
					@page { size: A4; margin: 18mm 16mm 20mm 16mm;
					  @bottom-center { content: counter(page) " / " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }
					body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1a1a1a; }
					h1 { font-size: 18pt; margin: 0 0 4pt 0; color: #12355b; }
					h2 { font-size: 13pt; color: #12355b; border-bottom: 1px solid #12355b; margin-top: 16pt; page-break-after: avoid; }
					h3 { font-size: 10pt; margin: 10pt 0 3pt 0; page-break-after: avoid; }
					table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
					th, td { border: 1px solid #b8c2cc; padding: 2pt 4pt; text-align: left; vertical-align: top; }
					th { background: #e8eef4; }
					td.n { text-align: right; white-space: nowrap; }
					tr { page-break-inside: avoid; }
					.subtitle { font-size: 11pt; color: #444; }
					.note, .nodata { font-style: italic; color: #555; }
					.nodata { border-left: 3px solid #c0392b; padding-left: 6pt; }
					.illustrative { color: #8a6d00; }
					.notcounted { color: #888; }
					.footer { margin-top: 18pt; font-size: 8pt; color: #666; }
					svg { display: block; margin: 4pt 0; }
					""";
		}

		private void front() {
			out.append("<h1>").append(escape(t("title", String.valueOf(report.year())))).append("</h1>\n");
			out.append("<p class=\"subtitle\">").append(escape(t("subtitle"))).append("</p>\n");
			out.append("<p>").append(escape(t("asOf", dates.format(report.asOf())))).append("</p>\n");
			var previous = report.previous();
			out.append("<p>")
				.append(escape((previous != null)
						? t("previous", String.valueOf(previous.year()),
								dates.format(previous.publishedAt().toLocalDate()),
								String.valueOf(previous.publishedBy()))
						: t("noPrevious")))
				.append("</p>\n");
			out.append("<p class=\"note\">")
				.append(escape(t(report.includeIllustrative() ? "illustrativeCounted" : "illustrativeLeftOut")))
				.append("</p>\n");
		}

		private void section(Section section) {
			out.append("<h2>").append(escape(section.title())).append("</h2>\n");
			if (!section.hasData()) {
				out.append("<p class=\"nodata\">").append(escape(section.note())).append("</p>\n");
				return;
			}
			if (section.note() != null) {
				out.append("<p class=\"nodata\">").append(escape(section.note())).append("</p>\n");
			}
			if (!section.figures().isEmpty()) {
				figures(section.figures());
			}
			if (!section.network().isEmpty()) {
				map(section.network());
			}
			if (!section.gapMatrix().isEmpty()) {
				matrix(section.gapMatrix());
			}
			if (!section.ranking().isEmpty()) {
				ranking(section.ranking());
			}
			for (Figure figure : section.figures()) {
				if (!figure.items().isEmpty()) {
					items(figure);
				}
			}
		}

		private void figures(List<Figure> figures) {
			out.append("<table>\n<tr><th>").append(escape(t("column.figure"))).append("</th><th>")
				.append(escape(t("column.value"))).append("</th><th>").append(escape(t("column.previous")))
				.append("</th><th>").append(escape(t("column.change"))).append("</th></tr>\n");
			for (Figure figure : figures) {
				out.append("<tr><td>").append(escape(figure.label())).append("</td><td class=\"n\">")
					.append(number(figure.value())).append("</td><td class=\"n\">")
					.append((figure.previous() != null) ? number(figure.previous()) : "\u2013")
					.append("</td><td class=\"n\">")
					.append((figure.change() != null) ? signed(figure.change()) : "\u2013")
					.append("</td></tr>\n");
			}
			out.append("</table>\n");
		}

		private void items(Figure figure) {
			out.append("<h3>").append(escape(figure.label())).append("</h3>\n<table>\n<tr><th>")
				.append(escape(t("column.item"))).append("</th><th>").append(escape(t("column.amount")))
				.append("</th><th>").append(escape(t("column.grade"))).append("</th></tr>\n");
			for (Item item : figure.items()) {
				out.append("<tr").append(item.counted() ? "" : " class=\"notcounted\"").append("><td>")
					.append(escape(item.text()));
				if (item.illustrative()) {
					out.append(" <span class=\"illustrative\">").append(ILLUSTRATIVE_MARK).append("</span>");
				}
				if (!item.counted()) {
					out.append(" (").append(escape(t("notCounted"))).append(")");
				}
				out.append("</td><td class=\"n\">").append(number(item.amount())).append("</td><td>")
					.append(escape(String.valueOf(item.grade()))).append("</td></tr>\n");
			}
			out.append("</table>\n");
		}

		/** The gap matrix as SVG: a row per state, a column per required clause type, filled when covered. */
		private void matrix(List<GapRow> rows) {
			List<ClauseType> types = ClauseType.REQUIRED_BY_DEFAULT;
			int labelWidth = 170;
			int cell = 16;
			int width = labelWidth + types.size() * cell + 140;
			int height = 20 + rows.size() * cell;
			out.append("<h3>").append(escape(t("matrix.title"))).append("</h3>\n");
			out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
				.append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
			for (int c = 0; c < types.size(); c++) {
				out.append("<text x=\"").append(labelWidth + c * cell + cell / 2).append("\" y=\"12\" font-size=\"9\" text-anchor=\"middle\" font-family=\"DejaVu Sans\">")
					.append(c + 1).append("</text>\n");
			}
			for (int r = 0; r < rows.size(); r++) {
				GapRow row = rows.get(r);
				int y = 18 + r * cell;
				out.append("<text x=\"0\" y=\"").append(y + 11).append("\" font-size=\"9\" font-family=\"DejaVu Sans\">")
					.append(escape(row.stateName() + (row.illustrative() ? " " + ILLUSTRATIVE_MARK : ""))).append("</text>\n");
				for (int c = 0; c < types.size(); c++) {
					boolean covered = row.covered().contains(types.get(c));
					out.append("<rect x=\"").append(labelWidth + c * cell + 1).append("\" y=\"").append(y + 1)
						.append("\" width=\"").append(cell - 2).append("\" height=\"").append(cell - 2)
						.append("\" fill=\"").append(covered ? "#2e7d32" : "#ffffff")
						.append("\" stroke=\"").append(covered ? "#2e7d32" : "#c0392b").append("\"/>\n");
				}
				String change = change(row);
				if (!change.isEmpty()) {
					out.append("<text x=\"").append(labelWidth + types.size() * cell + 6).append("\" y=\"").append(y + 11)
						.append("\" font-size=\"8\" font-family=\"DejaVu Sans\">").append(escape(change)).append("</text>\n");
				}
			}
			out.append("</svg>\n<p class=\"note\">").append(escape(t("matrix.legend")));
			for (int c = 0; c < types.size(); c++) {
				out.append(" \u00a0 ").append(c + 1).append(" = ").append(escape(t("clause." + types.get(c).name())));
			}
			out.append("</p>\n");
			if (report.previous() == null) {
				return;
			}
			out.append("<table>\n<tr><th>").append(escape(t("column.state"))).append("</th><th>")
				.append(escape(t("column.closed"))).append("</th><th>").append(escape(t("column.opened")))
				.append("</th></tr>\n");
			for (GapRow row : rows) {
				out.append("<tr><td>").append(escape(row.stateName())).append("</td><td>")
					.append(escape(clauses(row.closed()))).append("</td><td>").append(escape(clauses(row.opened())))
					.append("</td></tr>\n");
			}
			out.append("</table>\n");
		}

		private String change(GapRow row) {
			var parts = new StringBuilder();
			if (!row.closed().isEmpty()) {
				parts.append("+").append(row.closed().size()).append(' ');
			}
			if (!row.opened().isEmpty()) {
				parts.append("\u2212").append(row.opened().size());
			}
			return parts.toString().strip();
		}

		private String clauses(List<ClauseType> types) {
			return String.join(", ", types.stream().map(type -> t("clause." + type.name())).toList());
		}

		/** The ranking as SVG bars (the first states), then as a table with movements. */
		private void ranking(List<RankRow> rows) {
			List<RankRow> shown = rows.subList(0, Math.min(RANKING_BARS, rows.size()));
			double max = shown.stream().mapToDouble(RankRow::score).max().orElse(1);
			int labelWidth = 170;
			int barWidth = 300;
			int height = shown.size() * 16 + 4;
			out.append("<h3>").append(escape(t("ranking.title"))).append("</h3>\n");
			out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 60)
				.append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + barWidth + 60)
				.append(' ').append(height).append("\">\n");
			for (int i = 0; i < shown.size(); i++) {
				RankRow row = shown.get(i);
				int y = i * 16 + 2;
				int length = (max > 0) ? (int) Math.round(barWidth * row.score() / max) : 0;
				out.append("<text x=\"0\" y=\"").append(y + 11).append("\" font-size=\"9\" font-family=\"DejaVu Sans\">")
					.append(row.rank()).append(". ").append(escape(row.stateName())).append("</text>\n");
				out.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 2).append("\" width=\"")
					.append(Math.max(length, 1)).append("\" height=\"11\" fill=\"#12355b\"/>\n");
				out.append("<text x=\"").append(labelWidth + length + 4).append("\" y=\"").append(y + 11)
					.append("\" font-size=\"8\" font-family=\"DejaVu Sans\">").append(number(row.score())).append("</text>\n");
			}
			out.append("</svg>\n<table>\n<tr><th>").append(escape(t("column.rank"))).append("</th><th>")
				.append(escape(t("column.state"))).append("</th><th>").append(escape(t("column.score")))
				.append("</th><th>").append(escape(t("column.previousRank"))).append("</th><th>")
				.append(escape(t("column.movement"))).append("</th></tr>\n");
			for (RankRow row : rows) {
				out.append("<tr><td class=\"n\">").append(row.rank()).append("</td><td>").append(escape(row.stateName()))
					.append("</td><td class=\"n\">").append(number(row.score())).append("</td><td class=\"n\">")
					.append((row.previousRank() != null) ? String.valueOf(row.previousRank()) : "\u2013")
					.append("</td><td class=\"n\">")
					.append((row.movement() != null) ? signed(row.movement())
							: (report.previous() != null) ? escape(t("newEntry")) : "\u2013")
					.append("</td></tr>\n");
			}
			out.append("</table>\n");
		}

		/** The map of the network, its legend and the places it could not place. */
		private void map(List<NetworkPlace> places) {
			out.append("<h3>").append(escape(t("network.map"))).append("</h3>\n");
			String map = NetworkMap.svg(places);
			if (map == null) {
				out.append("<p class=\"note\">").append(escape(t("network.empty"))).append("</p>\n");
			}
			else {
				out.append(map).append("<p class=\"note\">")
					.append(symbol("\u25c6", NetworkMap.POST_COLOUR, t("network.post")))
					.append(symbol("\u25cf", NetworkMap.COVERED_COLOUR, t("network.covered")))
					.append(symbol("\u25cf", NetworkMap.UNCOVERED_COLOUR, t("network.uncovered")))
					.append(symbol("\u25cb", "#555555", t("network.illustrative")))
					.append("</p>\n");
			}
			List<String> unplaced = places.stream()
				.filter(p -> p.latitude() == null || p.longitude() == null)
				.map(p -> p.name() + (p.illustrative() ? " " + ILLUSTRATIVE_MARK : ""))
				.toList();
			if (!unplaced.isEmpty()) {
				out.append("<p class=\"note\">").append(escape(t("network.unplaced", String.join("; ", unplaced))))
					.append("</p>\n");
			}
		}

		private static String symbol(String symbol, String colour, String label) {
			return "<span style=\"color: " + colour + "\">" + symbol + "</span> " + escape(label) + " \u00a0 ";
		}

		private void sources() {
			out.append("<h2>").append(escape(t("sources.title"))).append("</h2>\n");
			if (report.sources().isEmpty()) {
				out.append("<p>").append(escape(t("sources.none"))).append("</p>\n");
				return;
			}
			out.append("<table>\n<tr><th>").append(escape(t("column.source"))).append("</th><th>")
				.append(escape(t("column.publisher"))).append("</th><th>").append(escape(t("column.grade")))
				.append("</th><th>").append(escape(t("column.facts"))).append("</th></tr>\n");
			for (SourceUse use : report.sources()) {
				var source = use.source();
				out.append("<tr><td>").append(escape(source.title()));
				if (source.url() != null) {
					out.append("<br/><span class=\"note\">").append(escape(source.url())).append("</span>");
				}
				out.append("</td><td>").append(escape(String.valueOf(source.publisher()))).append("</td><td>")
					.append(escape(source.reliability()));
				if ("F".equals(source.reliability())) {
					out.append(" <span class=\"illustrative\">").append(ILLUSTRATIVE_MARK).append("</span>");
				}
				out.append("</td><td class=\"n\">").append(use.facts()).append("</td></tr>\n");
			}
			out.append("</table>\n");
		}

		private String t(String key, Object... arguments) {
			return text(messages, key, arguments);
		}

		private String number(double value) {
			return escape(numbers.format(value));
		}

		private String signed(double value) {
			return (value > 0 ? "+" : "") + number(value);
		}

		private static String escape(String text) {
			var escaped = new StringBuilder(text.length());
			for (char ch : text.toCharArray()) {
				switch (ch) {
					case '&' -> escaped.append("&amp;");
					case '<' -> escaped.append("&lt;");
					case '>' -> escaped.append("&gt;");
					case '"' -> escaped.append("&quot;");
					case '\'' -> escaped.append("&#39;");
					default -> escaped.append(ch);
				}
			}
			return escaped.toString();
		}

	}

}
