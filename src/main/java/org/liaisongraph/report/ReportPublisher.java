package org.liaisongraph.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.Writes;
import org.liaisongraph.neo4j.Sha256;
import org.liaisongraph.report.AnnualReport.PreviousReport;
import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.springframework.stereotype.Service;

/**
 * Publishes a year's report: renders it in both languages from the graph as it stands, and stores
 * its figures and PDFs once, through the write template, which audits the publication. A year
 * already published is refused: a published report never changes.
 */
@Service
class ReportPublisher {

	private final AnnualReports reports;

	private final ReportRenderer renderer;

	private final PublishedReports published;

	private final Writes writes;

	private final Access access;

	private final Clock clock;

	ReportPublisher(AnnualReports reports, ReportRenderer renderer, PublishedReports published, Writes writes,
			Access access, Clock clock) {
		this.reports = reports;
		this.renderer = renderer;
		this.published = published;
		this.writes = writes;
		this.access = access;
		this.clock = clock;
	}

	PublishedReports.Stored publish(int year) {
		access.require(Role.ADMIN, "publishing the annual report");
		AnnualReport nl = reports.report(year, ReportLanguage.NL, false);
		AnnualReport fr = reports.report(year, ReportLanguage.FR, false);
		byte[] pdfNl = renderer.pdf(nl);
		byte[] pdfFr = renderer.pdf(fr);
		String user = access.user();
		var stored = new PublishedReports.Stored(
				new PreviousReport(year, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), user),
				ReportFigures.of(nl), sha256(pdfNl), sha256(pdfFr));
		return writes.write(user, problems -> {
			published.published(year)
				.ifPresent(existing -> problems.conflict("input.year", "the report on " + year + " was published on "
						+ existing.previous().publishedAt() + " and never changes"));
			return null;
		}, none -> {
			published.create(stored, pdfNl, pdfFr);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("year", year);
			after.put("publishedBy", user);
			after.put("sha256Nl", stored.sha256Nl());
			after.put("sha256Fr", stored.sha256Fr());
			return new Writes.Written<>(new Writes.Change("publishReport", "PublishedReport", String.valueOf(year), null,
					after, List.of(), null), entry -> stored);
		});
	}

	static String sha256(byte[] bytes) {
		return Sha256.of(List.of(bytes));
	}

}
