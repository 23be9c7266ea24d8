package org.liaisongraph.report;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.report.AnnualReport.PreviousReport;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports published, one per year, kept in the graph as {@code PublishedReport} nodes with the
 * figures the next report compares with (JSON), the PDF of each language byte for byte with its
 * SHA-256, who published it and when. Nothing here changes a published report: it is created once
 * ({@link ReportPublisher}) and only read after.
 */
@Service
class PublishedReports {

	private static final String LAST_BEFORE = """
			MATCH (r:PublishedReport) WHERE r.year < $year
			RETURN r.year AS year, r.publishedAt AS publishedAt, r.publishedBy AS publishedBy, r.figures AS figures
			ORDER BY r.year DESC LIMIT 1""";

	private static final String ONE = """
			MATCH (r:PublishedReport {year: $year})
			RETURN r.year AS year, r.publishedAt AS publishedAt, r.publishedBy AS publishedBy, r.figures AS figures,
			  r.sha256Nl AS sha256Nl, r.sha256Fr AS sha256Fr""";

	private static final String PDF = "MATCH (r:PublishedReport {year: $year}) RETURN r[$property] AS pdf";

	private static final String CREATE = """
			CREATE (r:PublishedReport {year: $year, figures: $figures, pdfNl: $pdfNl, pdfFr: $pdfFr,
			  sha256Nl: $sha256Nl, sha256Fr: $sha256Fr, publishedBy: $publishedBy, publishedAt: $publishedAt, version: 1})""";

	private final GraphReader reader;

	private final Neo4jClient client;

	private final JsonMapper json = JsonMapper.builder().build();

	PublishedReports(GraphReader reader, Neo4jClient client) {
		this.reader = reader;
		this.client = client;
	}

	/** The last report published for a year before this one. */
	Optional<Stored> lastBefore(int year) {
		return reader.list(LAST_BEFORE, Map.of("year", year), r -> stored(r.get("year"), r.get("publishedAt"),
				r.get("publishedBy"), r.get("figures"), null, null)).stream().findFirst();
	}

	/** The report published for the year. */
	Optional<Stored> published(int year) {
		return reader.list(ONE, Map.of("year", year), r -> stored(r.get("year"), r.get("publishedAt"),
				r.get("publishedBy"), r.get("figures"), r.get("sha256Nl").asString(), r.get("sha256Fr").asString()))
			.stream()
			.findFirst();
	}

	/** The published PDF in the language, byte for byte as published. */
	Optional<byte[]> pdf(int year, ReportLanguage lang) {
		String property = (lang == ReportLanguage.NL) ? "pdfNl" : "pdfFr";
		return reader.list(PDF, Map.of("year", year, "property", property), r -> r.get("pdf").asByteArray())
			.stream()
			.findFirst();
	}

	/** Stores a report once; the caller runs it inside the write template, which audits it. */
	void create(Stored report, byte[] pdfNl, byte[] pdfFr) {
		var parameters = new HashMap<String, Object>();
		parameters.put("year", report.previous().year());
		parameters.put("figures", json.writeValueAsString(report.figures()));
		parameters.put("pdfNl", pdfNl);
		parameters.put("pdfFr", pdfFr);
		parameters.put("sha256Nl", report.sha256Nl());
		parameters.put("sha256Fr", report.sha256Fr());
		parameters.put("publishedBy", report.previous().publishedBy());
		parameters.put("publishedAt", report.previous().publishedAt());
		client.query(CREATE).bindAll(parameters).run();
	}

	private Stored stored(Value year, Value at, Value by, Value figures, String sha256Nl, String sha256Fr) {
		OffsetDateTime publishedAt = at.asZonedDateTime().toOffsetDateTime();
		return new Stored(new PreviousReport(year.asInt(), publishedAt, by.asString(null)),
				json.readValue(figures.asString(), ReportFigures.class), sha256Nl, sha256Fr);
	}

	/**
	 * A published report as stored.
	 *
	 * @param previous its year, publication time and publisher, as a later report names it
	 */
	record Stored(PreviousReport previous, ReportFigures figures, String sha256Nl, String sha256Fr) {
	}

}
