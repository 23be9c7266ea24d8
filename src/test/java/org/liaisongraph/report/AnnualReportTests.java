package org.liaisongraph.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.api.InputProblem;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.report.AnnualReport.Figure;
import org.liaisongraph.report.AnnualReport.GapRow;
import org.liaisongraph.report.AnnualReport.RankRow;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.liaisongraph.treaty.ClauseType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The annual reports on 2023 and 2024 of the shared fixture, worked out by hand. The states of §9.2
 * are EC and CO (South America) and PA (Central America); the fixture has no Morocco.
 * <ul>
 * <li>2023: the Belgium-Ecuador police treaty entered into force on 2023-06-01 with information
 * exchange and drug-trafficking cooperation, so two gaps closed; CO's treaty ended in 2021 and PA's
 * starts in 2027, so both lack all six types: 4 + 6 + 6 = 16 gaps open, 2 states without a treaty.
 * sm-1 is proposed but invented and has no proposal date, so counted nowhere and said so. lo-1 (invented) is posted at Guayaquil
 * through 2024: one officer and one post listed, not counted. s-anr-2023 (1000 kg, source A) was
 * shipped from Guayaquil on 2023-12-31, covered by lo-1 that day. Every route is invented, so no port
 * on an active route counts. The ranking without invented facts has EC alone (its seizure).</li>
 * <li>After publishing 2023, a customs clause is found in the Ecuador treaty (a correction) and a real
 * 2024 seizure of 500 kg from Guayaquil is recorded. 2024: no gap closed during the year (the clause
 * counts from the treaty's start); EC now lacks 3 types, so 15 gaps open against 16 published, EC's
 * customs gap closed since the report. Seizures from covered ports 500 kg (lo-1 still posted),
 * uncovered 250.5 (s-rtm-2024 from Manzanillo). Ranking: EC (score 3 + 2 + 1 = 6) before PA
 * (3 × 250.5 / 500 + 2 × 67 / 68 + 2), EC keeping its rank, PA new.</li>
 * </ul>
 */
class AnnualReportTests extends IntegrationTest {

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportRenderer renderer;

	@BeforeEach
	void fixture() {
		loadFixture();
		clock.setDate(LocalDate.of(2025, 1, 15));
	}

	@Test
	void section91CountsTheGapsClosedDuringTheYearWithTheirTreaty() {
		var report = reports.report(2023, ReportLanguage.NL, false);
		Figure closed = figure(report, "9.1.gapsClosed");
		assertThat(closed.value()).isEqualTo(2.0);
		assertThat(closed.items()).extracting(AnnualReport.Item::text)
			.containsExactly("Ecuador: Samenwerking drugsbestrijding", "Ecuador: Operationele informatie-uitwisseling");
		assertThat(closed.items().getFirst().facts()).extracting(AnnualReport.FactRef::key).containsExactly("EC", "t-be-ec-police");
		assertThat(closed.items().getFirst().grade()).isEqualTo("A");
		assertThat(figure(report, "9.1.gapsOpened").value()).isZero();
		assertThat(figure(report, "9.1.readmissionGained").value()).isZero();
	}

	@Test
	void aSanctionMeasureWithoutAProposalDateIsCountedNowhereAndTheReportSaysSo() {
		var report = reports.report(2023, ReportLanguage.NL, true);
		assertThat(figure(report, "9.1.sanctionsProposed").items()).isEmpty();
		assertThat(figure(report, "9.1.sanctionsAdopted").value()).isZero();
		assertThat(figure(report, "9.1.sanctionsLifted").value()).isZero();
		assertThat(report.section("9.1").note())
			.isEqualTo("Geen datum van voorstel vastgelegd voor 1 sanctiemaatregel(en): die tellen niet mee bij de voorgestelde.");
	}

	/**
	 * sm-2 proposed 2022-11-01, adopted 2023-02-01, lifted 2024-03-01; sm-3 proposed 2023-01-10, adopted
	 * 2023-06-01 (both imported); sm-4 proposed 2023-09-15 through the mutation, still pending. 2022:
	 * proposed 1 (sm-2); 2023: proposed 2 (sm-3, sm-4), adopted 2 (sm-2, sm-3); 2024: lifted 1 (sm-2).
	 * sm-1 keeps no proposal date.
	 */
	@Test
	void section91CountsTheSanctionMeasuresProposedAdoptedAndLiftedInTheYear() {
		importer.importFiles(List.of(new ImportFile("SanctionMeasure.csv", """
				id,kind,status,proposedOn,adoptedOn,liftedOn,reviewBy,legalBasis,reason,source,credibility
				sm-2,VISA_RESTRICTION,LIFTED,2022-11-01,2023-02-01,2024-03-01,,,,src-a,2
				sm-3,ASSET_FREEZE,ADOPTED,2023-01-10,2023-06-01,,,,,src-a,2
				"""), new ImportFile("TARGETS.csv", """
				from,to,source
				sm-2,EC,src-a
				sm-3,CO,src-a
				""")));
		var input = new HashMap<String, Object>();
		input.put("id", "sm-4");
		input.put("kind", "DIPLOMATIC_DEMARCHE");
		input.put("status", "PROPOSED");
		input.put("proposedOn", "2023-09-15");
		input.put("target", "EC");
		input.put("imposedBy", "BE");
		input.put("source", Map.of("id", "src-a"));
		as(Role.EDITOR).documentName("addSanctionMeasure").variable("input", input).execute()
			.path("addSanctionMeasure.sanctionMeasure.id").entity(String.class).isEqualTo("sm-4");

		assertThat(figure(reports.report(2022, ReportLanguage.NL, false), "9.1.sanctionsProposed").value()).isEqualTo(1.0);
		var report = reports.report(2023, ReportLanguage.NL, false);
		Figure proposed = figure(report, "9.1.sanctionsProposed");
		assertThat(proposed.value()).isEqualTo(2.0);
		assertThat(proposed.items()).extracting(AnnualReport.Item::text)
			.containsExactly("Bevriezing van tegoeden — Colombia", "Diplomatieke demarche — Ecuador");
		Figure adopted = figure(report, "9.1.sanctionsAdopted");
		assertThat(adopted.value()).isEqualTo(2.0);
		assertThat(adopted.items()).extracting(AnnualReport.Item::text)
			.containsExactly("Visumbeperking — Ecuador", "Bevriezing van tegoeden — Colombia");
		assertThat(figure(report, "9.1.sanctionsLifted").value()).isZero();
		assertThat(report.section("9.1").note()).contains("voor 1 sanctiemaatregel");
		var next = reports.report(2024, ReportLanguage.FR, false);
		assertThat(figure(next, "9.1.sanctionsProposed").value()).isZero();
		assertThat(figure(next, "9.1.sanctionsAdopted").value()).isZero();
		assertThat(figure(next, "9.1.sanctionsLifted").items()).extracting(AnnualReport.Item::text)
			.containsExactly("Restriction de visas — Équateur");
	}

	@Test
	void section92IsTheGapMatrixOfTheStatesConcerned() {
		var report = reports.report(2023, ReportLanguage.NL, false);
		var rows = report.section("9.2").gapMatrix();
		assertThat(rows).extracting(GapRow::stateName).containsExactly("Colombia", "Ecuador", "Panama");
		assertThat(rows.get(1).covered()).containsExactly(ClauseType.DRUG_TRAFFICKING_COOPERATION,
				ClauseType.OPERATIONAL_INFORMATION_EXCHANGE);
		assertThat(rows.get(0).missing()).hasSize(6);
		assertThat(rows).allSatisfy(row -> assertThat(row.closed()).isEmpty());
		assertThat(figure(report, "9.2.gapsOpen").value()).isEqualTo(16.0);
		assertThat(figure(report, "9.2.gapsOpen").previous()).isNull();
		assertThat(figure(report, "9.2.statesWithoutTreaty").value()).isEqualTo(2.0);
	}

	@Test
	void section93CountsRealFactsAndMarksTheInventedOnes() {
		var report = reports.report(2023, ReportLanguage.NL, false);
		assertThat(figure(report, "9.3.officers").value()).isZero();
		assertThat(figure(report, "9.3.officers").items()).singleElement().satisfies(item -> {
			assertThat(item.text()).isEqualTo("Politieverbindingsofficier — Liaison office Guayaquil (Guayaquil)");
			assertThat(item.text()).doesNotContain("Test Officer");
			assertThat(item.counted()).isFalse();
		});
		assertThat(figure(report, "9.3.posts").value()).isZero();
		assertThat(figure(report, "9.3.portsCovered").items()).extracting(AnnualReport.Item::text)
			.containsExactly("Guayaquil (Ecuador)");
		assertThat(figure(report, "9.3.portsUncovered").items()).extracting(AnnualReport.Item::text)
			.containsExactlyInAnyOrder("Cartagena (Colombia)", "Manzanillo (Panama)", "Rotterdam (Nederland)");
		assertThat(figure(report, "9.3.portsUncovered").value()).isZero();
		assertThat(figure(report, "9.3.seizedFromCovered").value()).isEqualTo(1000.0);
		assertThat(figure(report, "9.3.seizedFromUncovered").value()).isZero();

		var invented = reports.report(2023, ReportLanguage.NL, true);
		assertThat(figure(invented, "9.3.officers").value()).isEqualTo(1.0);
		assertThat(figure(invented, "9.3.posts").value()).isEqualTo(1.0);
		assertThat(figure(invented, "9.3.portsCovered").value()).isEqualTo(1.0);
		assertThat(figure(invented, "9.3.portsUncovered").value()).isEqualTo(3.0);
	}

	@Test
	void section94RanksWithoutInventedFactsAndTheDefenceSectionsHaveNoData() {
		var report = reports.report(2023, ReportLanguage.FR, false);
		assertThat(report.section("9.4").ranking()).extracting(RankRow::stateName).containsExactly("Équateur");
		assertThat(report.section("9.4").ranking().getFirst().score()).isEqualTo(3.0 + 2.0 + 2.0);
		for (String code : List.of("7.1", "7.2", "7.3")) {
			assertThat(report.section(code).hasData()).isFalse();
			assertThat(report.section(code).figures()).isEmpty();
			assertThat(report.section(code).note()).startsWith("Pas de données");
		}
	}

	@Test
	void aCorrectionAfterPublishingLeavesThePublishedReportAndShowsInTheNextComparison() throws Exception {
		var published = as(Role.ADMIN).documentName("publishReport").variable("year", 2023).execute();
		published.path("publishReport.report.publishedBy").entity(String.class).isEqualTo("admin");
		String sha256 = published.path("publishReport.report.sha256Nl").entity(String.class).get();
		byte[] before = mvc.perform(get("/reports/published/2023.pdf?lang=nl", Role.ANALYST))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ReportPublisher.sha256(before)).isEqualTo(sha256);

		correctTheEcuadorTreatyAndRecordA2024Seizure();

		byte[] after = mvc.perform(get("/reports/published/2023.pdf?lang=nl", Role.ANALYST))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(after).isEqualTo(before);
		// Rendered today, 2023 reads differently: the published one does not.
		assertThat(figure(reports.report(2023, ReportLanguage.NL, false), "9.2.gapsOpen").value()).isEqualTo(15.0);
		assertThat(renderer.pdf(reports.report(2023, ReportLanguage.NL, false))).isNotEqualTo(before);

		var next = reports.report(2024, ReportLanguage.NL, false);
		assertThat(next.previous().year()).isEqualTo(2023);
		assertThat(figure(next, "9.1.gapsClosed").value()).isZero();
		Figure open = figure(next, "9.2.gapsOpen");
		assertThat(open.value()).isEqualTo(15.0);
		assertThat(open.previous()).isEqualTo(16.0);
		assertThat(open.change()).isEqualTo(-1.0);
		GapRow ecuador = next.section("9.2").gapMatrix().get(1);
		assertThat(ecuador.closed()).containsExactly(ClauseType.CUSTOMS_COOPERATION);
		assertThat(ecuador.opened()).isEmpty();
		assertThat(figure(next, "9.3.seizedFromCovered").value()).isEqualTo(500.0);
		assertThat(figure(next, "9.3.seizedFromCovered").change()).isEqualTo(-500.0);
		assertThat(figure(next, "9.3.seizedFromUncovered").value()).isEqualTo(250.5);
		var ranking = next.section("9.4").ranking();
		assertThat(ranking).extracting(RankRow::stateName).containsExactly("Ecuador", "Panama");
		assertThat(ranking.get(0).score()).isEqualTo(3.0 + 2.0 + 1.0);
		assertThat(ranking.get(1).score()).isEqualTo(3 * 250.5 / 500 + 2 * 67.0 / 68 + 2.0);
		assertThat(ranking.get(0).movement()).isZero();
		assertThat(ranking.get(1).previousRank()).isNull();

		expectError(as(Role.ADMIN).documentName("publishReport").variable("year", 2023), InputProblem.Conflict.CONFLICT,
				"input.year");
	}

	@Test
	void thePdfReadsInDutchAndFrenchWithTitlesAndFigures() throws IOException {
		String nl = text(renderer.pdf(reports.report(2023, ReportLanguage.NL, false)));
		assertThat(nl).contains("Jaarverslag aan het Parlement 2023", "§9.1 Genomen maatregelen en hun resultaten",
				"§9.2 Stand van de bilaterale samenwerking", "§9.3 Inzet en resultaten van het verbindingsnetwerk",
				"§9.4 Prioriteiten van de taskforce", "§7.2 Bijdrage van Defensie aan MAOC-N", "Geen gegevens",
				"Bronnen en hun graad");
		assertThat(line(nl, "Openstaande verdragslacunes")).contains("16");
		assertThat(line(nl, "In beslag genomen (kg) uit gedekte havens")).contains("1.000");
		String fr = text(renderer.pdf(reports.report(2023, ReportLanguage.FR, false)));
		assertThat(fr).contains("Rapport annuel au Parlement 2023", "§9.1 Mesures prises et leurs résultats",
				"§9.2 État de la coopération bilatérale", "§9.4 Priorités de la task force", "Pas de données",
				"Équateur");
		assertThat(line(fr, "Lacunes conventionnelles ouvertes")).contains("16");
		assertThat(line(fr, "Saisies (kg) expédiées de ports couverts")).containsPattern("1[ \u00a0\u202f]?000");
	}

	/**
	 * 2023's map: the post of lo-1 at Guayaquil (invented), Guayaquil covered, Cartagena, Manzanillo and
	 * Rotterdam uncovered, all on invented routes, so every marker hollow and dashed.
	 */
	@Test
	void section93DrawsTheMapOfTheNetworkWithItsLegend() throws IOException {
		var report = reports.report(2023, ReportLanguage.NL, false);
		assertThat(report.section("9.3").network()).extracting(AnnualReport.NetworkPlace::name, AnnualReport.NetworkPlace::kind)
			.containsExactlyInAnyOrder(tuple("Liaison office Guayaquil", AnnualReport.PlaceKind.POST),
					tuple("Guayaquil (Ecuador)", AnnualReport.PlaceKind.COVERED_PORT),
					tuple("Cartagena (Colombia)", AnnualReport.PlaceKind.UNCOVERED_PORT),
					tuple("Manzanillo (Panama)", AnnualReport.PlaceKind.UNCOVERED_PORT),
					tuple("Rotterdam (Nederland)", AnnualReport.PlaceKind.UNCOVERED_PORT));
		assertThat(report.section("9.3").network()).allSatisfy(place -> {
			assertThat(place.illustrative()).isTrue();
			assertThat(place.latitude()).isNotNull();
		});
		String html = renderer.html(report);
		String map = html.substring(html.indexOf("Kaart van het netwerk"));
		map = map.substring(map.indexOf("<svg"), map.indexOf("</svg>"));
		assertThat(map.split("<circle", -1)).hasSize(1 + 4);
		assertThat(map.split("stroke-dasharray", -1)).hasSize(1 + 5);
		// the land of both sides of the Atlantic is drawn, from the web map's Natural Earth file
		assertThat(map).contains("fill=\"#f4f1e8\"").hasSizeGreaterThan(5_000);
		String pdf = text(renderer.pdf(reports.report(2023, ReportLanguage.FR, false)));
		assertThat(pdf).contains("Carte du réseau", "Poste de liaison", "Port couvert par un officier de liaison",
				"Port sans officier de liaison");
	}

	@Test
	void thePdfOfAReportIsTheSameByteForByteEachTime() {
		var report = reports.report(2023, ReportLanguage.FR, false);
		assertThat(renderer.pdf(report)).isEqualTo(renderer.pdf(reports.report(2023, ReportLanguage.FR, false)));
	}

	@Test
	void theDocumentsAreForAnalystsAndAbove() throws Exception {
		mvc.perform(get("/reports/2023.html?lang=fr", Role.VIEWER)).andExpect(status().isForbidden());
		var html = mvc.perform(get("/reports/2023.html?lang=fr", Role.ANALYST))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<svg", "Rapport annuel au Parlement 2023");
		byte[] pdf = mvc.perform(get("/reports/2023.pdf", Role.ANALYST))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("Jaarverslag aan het Parlement 2023");
		mvc.perform(get("/reports/2023.pdf?lang=de", Role.ANALYST)).andExpect(status().isBadRequest());
		as(Role.VIEWER).documentName("annualReport").variable("year", 2023).execute().errors().satisfy(errors ->
				assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

	@Test
	void theQueryServesTheFiguresWithTheirFacts() {
		// Compiled once here, so MockMvc's 10 s wait for the answer does not include compiling cold Cypher.
		reports.report(2023, ReportLanguage.NL, false);
		var answer = graphQl.documentName("annualReport").variable("year", 2023).execute();
		answer.path("annualReport.sections[*].code").entityList(String.class)
			.containsExactly("9.1", "9.2", "9.3", "9.4", "7.1", "7.2", "7.3");
		answer.path("annualReport.sections[0].figures[0].key").entity(String.class).isEqualTo("9.1.gapsClosed");
		answer.path("annualReport.sections[0].figures[0].value").entity(Double.class).isEqualTo(2.0);
		answer.path("annualReport.sections[0].figures[0].items[0].facts[1].key").entity(String.class)
			.isEqualTo("t-be-ec-police");
		answer.path("annualReport.sources[*].source.id").entityList(String.class).contains("src-a", "illustrative");
		answer.path("annualReport.previous").valueIsNull();
	}

	private void correctTheEcuadorTreatyAndRecordA2024Seizure() {
		neo4j.query("""
				MATCH (t:Treaty {id: 't-be-ec-police'}), (src:Source {id: 'src-a'}), (gye:Port {locode: 'ECGYE'})
				CREATE (t)-[:HAS_CLAUSE {source: 'src-a'}]->(c:Clause {id: 't-be-ec-police-art5', type: 'CUSTOMS_COOPERATION',
				  binding: true, version: 1})-[:SUPPORTED_BY {credibility: 1}]->(src)
				CREATE (z:Seizure {id: 's-gye-2024', seizedOn: date('2024-05-01'), drug: 'cocaine', quantityKg: 500.0,
				  version: 1})-[:SUPPORTED_BY {credibility: 2}]->(src)
				CREATE (z)-[:SHIPPED_FROM {source: 'src-a'}]->(gye)""").run();
		deriveFacts();
	}

	static Figure figure(AnnualReport report, String key) {
		return report.sections()
			.stream()
			.flatMap(s -> s.figures().stream())
			.filter(f -> f.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String line(String text, String start) {
		return text.lines().filter(l -> l.contains(start)).findFirst().orElseThrow();
	}

	/** A GET as the demo user of the role. */
	private static MockHttpServletRequestBuilder get(String path, Role role) {
		String name = role.name().toLowerCase(Locale.ROOT);
		return MockMvcRequestBuilders.get(path).header(HttpHeaders.AUTHORIZATION, "Basic "
				+ Base64.getEncoder().encodeToString((name + ":" + name + "-demo").getBytes(StandardCharsets.UTF_8)));
	}

}
