package org.liaisongraph.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReportController {

	private final AnnualReports reports;

	private final PublishedReports published;

	private final ReportPublisher publisher;

	private final Comparisons comparisons;

	private final Access access;

	ReportController(AnnualReports reports, PublishedReports published, ReportPublisher publisher,
			Comparisons comparisons, Access access) {
		this.reports = reports;
		this.comparisons = comparisons;
		this.published = published;
		this.publisher = publisher;
		this.access = access;
	}

	@QueryMapping
	AnnualReport annualReport(@Argument int year, @Argument ReportLanguage lang, @Argument boolean includeIllustrative) {
		access.require(Role.ANALYST, "reading the annual report");
		return reports.report(year, lang, includeIllustrative);
	}

	@QueryMapping
	PublishedReportView publishedReport(@Argument int year) {
		access.require(Role.ANALYST, "reading a published report");
		return published.published(year).map(PublishedReportView::of).orElse(null);
	}

	@QueryMapping
	Comparisons.Comparison compare(@Argument Comparisons.Analysis analysis, @Argument LocalDate from,
			@Argument LocalDate to) {
		access.require(Role.ANALYST, "comparing an analysis between two dates");
		return comparisons.compare(analysis, from, to);
	}

	@MutationMapping
	Map<String, Object> publishReport(@Argument Map<String, Object> input) {
		int year = ((Number) input.get("year")).intValue();
		return Map.of("report", PublishedReportView.of(publisher.publish(year)));
	}

	/** A published report as the API shows it: without its bytes, with where to download them. */
	record PublishedReportView(int year, OffsetDateTime publishedAt, String publishedBy, String sha256Nl,
			String sha256Fr, String pdfPath) {

		static PublishedReportView of(PublishedReports.Stored stored) {
			int year = stored.previous().year();
			return new PublishedReportView(year, stored.previous().publishedAt(), stored.previous().publishedBy(),
					stored.sha256Nl(), stored.sha256Fr(), "/reports/published/" + year + ".pdf");
		}

	}

}
