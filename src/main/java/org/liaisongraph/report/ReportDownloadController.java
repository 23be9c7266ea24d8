package org.liaisongraph.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.liaisongraph.api.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report as a document: {@code /reports/{year}.html} and {@code .pdf} render it from the graph
 * now; {@code /reports/published/{year}.pdf} returns the PDF stored when the year was published,
 * byte for byte. The security chain lets only ANALYST and above in.
 */
@RestController
class ReportDownloadController {

	private final AnnualReports reports;

	private final ReportRenderer renderer;

	private final PublishedReports published;

	ReportDownloadController(AnnualReports reports, ReportRenderer renderer, PublishedReports published) {
		this.reports = reports;
		this.renderer = renderer;
		this.published = published;
	}

	@GetMapping("/reports/{year}.html")
	ResponseEntity<String> html(@PathVariable int year, @RequestParam(defaultValue = "nl") String lang,
			@RequestParam(defaultValue = "false") boolean includeIllustrative) {
		var report = reports.report(year, ReportLanguage.of(lang), includeIllustrative);
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(renderer.html(report));
	}

	@GetMapping("/reports/{year}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable int year, @RequestParam(defaultValue = "nl") String lang,
			@RequestParam(defaultValue = "false") boolean includeIllustrative) {
		var language = ReportLanguage.of(lang);
		return pdf(renderer.pdf(reports.report(year, language, includeIllustrative)), year, language);
	}

	@GetMapping("/reports/published/{year}.pdf")
	ResponseEntity<byte[]> publishedPdf(@PathVariable int year, @RequestParam(defaultValue = "nl") String lang) {
		var language = ReportLanguage.of(lang);
		return published.pdf(year, language)
			.map(bytes -> pdf(bytes, year, language))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** A year out of range or a language other than nl and fr. */
	@ExceptionHandler({ BadRequestException.class, IllegalArgumentException.class })
	ResponseEntity<String> badRequest(RuntimeException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	private static ResponseEntity<byte[]> pdf(byte[] bytes, int year, ReportLanguage lang) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("report-" + year + "-" + lang.name().toLowerCase(Locale.ROOT) + ".pdf")
				.build()
				.toString())
			.body(bytes);
	}

}
