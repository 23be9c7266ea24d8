package org.liaisongraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.BrowserTest;
import org.liaisongraph.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each page on the reference dataset, checked against what the API answers to the same question
 * (asked with HTTP Basic, outside the browser), with a screenshot and the page's timings.
 */
class WebPagesBrowserTests extends BrowserTest {

	private static final Path TIMINGS = SCREENSHOTS.resolve("timings.csv");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> LATIN_AMERICA = List.of("South America", "Central America", "Caribbean");

	@Autowired
	TestClock clock;

	@Test
	void theHomePageAnswersWhichLatinAmericanStatesLackAReadmissionClauseInThreeClicks() {
		logIn(Role.VIEWER);
		find("[data-preset='preset.latam']").click();
		waitForResult("#gaps-result");
		find("[data-clause=READMISSION] input").click();
		waitForResult("#gaps-result");

		String expected = api(Role.VIEWER, """
				{ treatyGaps(subregion: ["South America", "Central America", "Caribbean"], region: "Americas", required: [READMISSION]) {
				  state { iso2 } missing } }""");
		List<String> lacking = JsonPath.read(expected, "$.data.treatyGaps[?(@.missing.length() > 0)].state.iso2");
		List<String> all = JsonPath.read(expected, "$.data.treatyGaps[*].state.iso2");
		assertThat(lacking).isNotEmpty();
		assertThat(find("#gaps-summary").getAttribute("data-lacking")).isEqualTo(String.valueOf(lacking.size()));
		assertThat(findAll("#gaps-table tbody tr").stream().map(r -> r.getAttribute("data-iso2")).toList())
			.containsExactlyElementsOf(all);
		assertThat(findAll("#gaps-table tbody td.gap")).hasSize(lacking.size());
		screenshot("gaps-latin-america-readmission");
		timing("gaps");

		findAll("#gaps-table tbody tr").stream()
			.filter(r -> "EC".equals(r.getAttribute("data-iso2")))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("td"))
			.click();
		waitForPage("state");
		assertThat(find("#state-name").getText()).startsWith("Ecuador");
	}

	/** On 2027-06-15 the invented measure sm-illus-01 is due for review by 2027-06-30, within 30 days. */
	@Test
	void theHomePageShowsTheAlertsOfTheComingDaysAndOffersTheReportToAnalysts() {
		clock.setDate(LocalDate.of(2027, 6, 15));
		try {
			logIn(Role.ANALYST);
			String expected = api(Role.ANALYST, "{ alerts(horizonDays: 30) { kind entityKey } }");
			List<String> keys = JsonPath.read(expected, "$.data.alerts[*].entityKey");
			assertThat(keys).contains("sm-illus-01");
			assertThat(findAll("#alerts-list li").stream().map(li -> li.getAttribute("data-key")).toList())
				.containsExactlyElementsOf(keys);
			WebElement review = find("#alerts-list li[data-key='sm-illus-01']");
			assertThat(review.getAttribute("data-kind")).isEqualTo("SANCTION_REVIEW_DUE");
			assertThat(review.getText()).contains("2027-06-30", "Sanction measure due for review", "illustrative, not real");
			screenshot("home-alerts-report");

			new Select(find("#report-lang")).selectByValue("fr");
			String pdf = find("#report-pdf").getAttribute("href");
			assertThat(pdf).matches(".*/reports/[0-9]{4}\\.pdf\\?lang=fr");
			assertThat(find("#report-html").getAttribute("href")).matches(".*/reports/[0-9]{4}\\.html\\?lang=fr");
			// The link goes through with the page's session to the report's controller, not to the login page
			// (a language it does not know is refused there at once, before any report is built; the PDF
			// itself is AnnualReportTests').
			Object refused = ((JavascriptExecutor) browser).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0].replace('lang=fr', 'lang=de')).then(r => done(r.status + ' ' + r.url));""", pdf);
			assertThat(refused).isEqualTo("400 " + pdf.replace("lang=fr", "lang=de"));

			logIn(Role.VIEWER);
			assertThat(findAll("#alerts-list li")).hasSize(keys.size());
			assertThat(findAll("#report")).isEmpty();
			assertThat(((JavascriptExecutor) browser).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0]).then(r => done(r.status));""", pdf)).isEqualTo(403L);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void theAsOfPickerChangesTheGapMatrix() {
		logIn(Role.ANALYST);
		open("?region=Americas&subregion=South+America&required=READMISSION&required=JUDICIAL_COOPERATION");
		String today = find("#gaps-summary").getAttribute("data-lacking");
		int coveredToday = findAll("#gaps-table td.covered").size();

		setDate("#asof", "1995-01-01");
		await().until(d -> d.findElement(By.id("gaps-summary")).getText().contains("1995-01-01"));
		String expected = api(Role.ANALYST, """
				{ treatyGaps(region: "Americas", subregion: ["South America"], required: [READMISSION, JUDICIAL_COOPERATION], asOf: "1995-01-01") {
				  state { iso2 } missing } }""");
		List<String> lacking = JsonPath.read(expected, "$.data.treatyGaps[?(@.missing.length() > 0)].state.iso2");
		assertThat(find("#gaps-summary").getAttribute("data-lacking")).isEqualTo(String.valueOf(lacking.size()));
		assertThat(findAll("#gaps-table td.covered").size()).isLessThan(coveredToday);
		assertThat(today).isNotNull();
		screenshot("gaps-as-of-1995");
	}

	@Test
	void theStatePageShowsTreatiesChartsSeizuresAndMarksIllustrativeFacts() {
		logIn(Role.ANALYST);
		open("state/EC");
		String expected = api(Role.ANALYST, """
				{ state(iso2: "EC") { ratings(index: "TI-CPI") { year } ports { seizuresShippedFrom { id } } }
				  liaisonOfficers(filter: { accreditedTo: "EC" }) { totalCount } }""");
		List<Integer> years = JsonPath.read(expected, "$.data.state.ratings[*].year");
		List<String> seizures = JsonPath.read(expected, "$.data.state.ports[*].seizuresShippedFrom[*].id");
		int officers = JsonPath.read(expected, "$.data.liaisonOfficers.totalCount");
		assertThat(findAll("#cpi-chart circle")).hasSize(years.size());
		assertThat(findAll("#seizures tbody tr")).hasSize(seizures.size());
		assertThat(findAll("#officers tbody tr")).hasSize(officers);
		assertThat(findAll("#treaties-in-force tbody tr")).isNotEmpty();
		assertThat(findAll("#treaties-in-force .grade")).isNotEmpty();
		// Invented facts (the illustrative officers and seizures) say so.
		assertThat(findAll("#officers .illustrative")).hasSize(officers);
		assertThat(browser.getPageSource()).contains("Officer A. Example");
		screenshot("state-ecuador");
		timing("state");
	}

	@Test
	void aWeightSliderChangesTheRanking() {
		logIn(Role.ANALYST);
		// The reference dataset's routes and many seizures are illustrative: with them, eleven states rank.
		open("priorities?illustrative=true");
		List<String> before = ranking();
		assertThat(before).isEqualTo(apiRanking(true, "{}"));
		screenshot("priorities");
		timing("priorities");

		for (String factor : List.of("routeExposure", "corruption", "treatyGaps", "readmissionGap", "liaisonGap", "sanctions")) {
			slide(factor, 0);
		}
		slide("seizedShippedFrom", 10);
		List<String> expected = apiRanking(true, "{ routeExposure: 0, seizedShippedFrom: 10, corruption: 0, treatyGaps: 0, readmissionGap: 0, liaisonGap: 0, sanctions: 0 }");
		await().until(d -> ranking().equals(expected));
		assertThat(expected).isNotEqualTo(before);
		screenshot("priorities-seizures-only");
	}

	@Test
	void aViewerGetsNoSlidersAndTheDefaultRanking() {
		logIn(Role.VIEWER);
		open("priorities");
		assertThat(findAll("#weights input[type=range]")).isEmpty();
		assertThat(ranking()).isEqualTo(apiRanking(false, "{}"));
	}

	@Test
	void theMapDrawsLandPortsAndLegsAndHighlightsARoute() {
		logIn(Role.ANALYST);
		open("map");
		String expected = api(Role.ANALYST, """
				{ ports(filter: { onActiveRoute: true }, first: 100) { nodes { locode latitude } }
				  routes(filter: { active: true }, first: 100) { nodes { legs { seq } } } }""");
		List<Object> ports = JsonPath.read(expected, "$.data.ports.nodes[?(@.latitude != null)].locode");
		List<Object> legs = JsonPath.read(expected, "$.data.routes.nodes[*].legs[*]");
		assertThat(findAll("#land path").size()).isGreaterThan(100);
		assertThat(findAll("#ports circle")).hasSize(ports.size());
		assertThat(findAll("#legs .leg")).hasSize(legs.size());
		screenshot("map");
		timing("map");

		new Select(find("#route-from")).selectByValue("ECGYE");
		new Select(find("#route-to")).selectByValue("BEANR");
		find("#highlight").click();
		await().until(d -> !d.findElements(By.cssSelector("#legs .leg.hl")).isEmpty());

		// Ports lie close together at this scale: the click goes to the circle itself, whatever overlaps it.
		script("arguments[0].dispatchEvent(new MouseEvent('click', { bubbles: true }))", find("#ports circle[data-locode=ECGYE]"));
		await().until(d -> !d.findElements(By.cssSelector("#exposure-chart")).isEmpty());
		screenshot("map-route-and-exposure");
	}

	@Test
	void theMapShowsTheWatchedAndUnwatchedSeaLegsOfAPeriodWithALegend() {
		logIn(Role.ANALYST);
		open("map");
		assertThat(findAll("#sea path")).isEmpty();
		setDate("#sea-from", "2024-01-01");
		setDate("#sea-to", "2024-12-31");
		find("#sea-layer").click();
		waitForResult("#sea");
		String routes = api(Role.ANALYST, """
				{ seaCoverage(from: "2024-01-01", to: "2024-12-31") {
				    legs { from { locode } to { locode } watched { nm } unwatched { nm } } } }""");
		// a leg several routes sail is drawn once
		Map<String, List<Integer>> stretches = new java.util.LinkedHashMap<>();
		List<Map<String, Object>> legs = JsonPath.read(routes, "$.data.seaCoverage[*].legs[*]");
		for (Map<String, Object> leg : legs) {
			stretches.putIfAbsent(JsonPath.read(leg, "$.from.locode") + ">" + JsonPath.read(leg, "$.to.locode"),
					List.of(JsonPath.<List<Object>>read(leg, "$.watched").size(), JsonPath.<List<Object>>read(leg, "$.unwatched").size()));
		}
		assertThat(findAll("#sea .sea-watched")).hasSize(stretches.values().stream().mapToInt(s -> s.get(0)).sum()).isNotEmpty();
		assertThat(findAll("#sea .sea-unwatched")).hasSize(stretches.values().stream().mapToInt(s -> s.get(1)).sum()).isNotEmpty();
		assertThat(find("#sea-legend").getText()).contains("2024-01-01", "2024-12-31");
		screenshot("map-sea-coverage");

		new Select(find("#sea-area")).selectByValue("EASTERN_ATLANTIC");
		await().until(d -> d.findElements(By.cssSelector("#sea-boundary")).size() == 1
				&& "true".equals(d.findElement(By.cssSelector("#sea")).getAttribute("data-loaded")));
		String area = api(Role.ANALYST, """
				{ seaAreaCoverage(area: EASTERN_ATLANTIC, from: "2024-01-01", to: "2024-12-31") {
				    watchedShare legs { watched { nm } unwatched { nm } } } }""");
		assertThat(findAll("#sea .sea-watched"))
			.hasSize(JsonPath.<List<Object>>read(area, "$.data.seaAreaCoverage.legs[*].watched[*]").size());
		assertThat(findAll("#sea .sea-unwatched"))
			.hasSize(JsonPath.<List<Object>>read(area, "$.data.seaAreaCoverage.legs[*].unwatched[*]").size());
		double share = JsonPath.read(area, "$.data.seaAreaCoverage.watchedShare");
		assertThat(find("#sea-legend").getText()).contains("(" + Math.round(share * 100) + " %)");
		screenshot("map-sea-coverage-eastern-atlantic");

		find("#sea-layer").click();
		await().until(d -> d.findElements(By.cssSelector("#sea path")).isEmpty());
	}

	@Test
	void theAnalysisTablesShowTheApisRows() {
		logIn(Role.ANALYST);
		open("sanctions");
		int candidates = JsonPath.<List<Object>>read(api(Role.ANALYST, "{ sanctionCandidates { year } }"), "$.data.sanctionCandidates").size();
		assertThat(findAll("#sanction-candidates tbody tr")).hasSize(candidates);
		assertThat(find("#thresholds").getText()).contains("30");
		screenshot("sanction-candidates");
		timing("sanctions");

		open("readmission");
		int gaps = JsonPath.<List<Object>>read(api(Role.ANALYST, "{ readmissionGaps { covered } }"), "$.data.readmissionGaps").size();
		assertThat(findAll("#readmission-gaps tbody tr")).hasSize(gaps);
		screenshot("readmission-gaps");
		timing("readmission");

		open("coverage");
		int ports = JsonPath.<List<Object>>read(api(Role.ANALYST, "{ liaisonCoverageGaps { routeCount } }"), "$.data.liaisonCoverageGaps").size();
		assertThat(findAll("#coverage-gaps tbody tr")).hasSize(ports);
		screenshot("liaison-coverage-gaps");
		timing("coverage");
	}

	@Test
	void aViewersPagesAndExportsContainNoOfficerName() throws IOException {
		List<String> names = officerNames();
		logIn(Role.VIEWER);
		for (String page : List.of("state/EC", "coverage", "map")) {
			open(page);
			assertThat(browser.getPageSource()).as(page).doesNotContain(names);
		}
		open("state/EC");
		assertThat(findAll("#officers tbody tr")).isNotEmpty();
		for (WebElement button : findAll("button[data-export]")) {
			String csv = export(button);
			assertThat(csv).doesNotContain(names);
		}
		screenshot("state-ecuador-viewer");
	}

	@Test
	void aTableExportsAsCsvWithItsColumns() throws IOException {
		logIn(Role.ANALYST);
		open("state/EC");
		String csv = export(find("button[data-export=officers]"));
		assertThat(csv).startsWith("\ufeff");
		assertThat(csv.substring(1).split("\r\n")[0]).isEqualTo("Role,Name,Post,Port,Since,Grade,Source");
		assertThat(csv).contains("Officer A. Example");
	}

	@Test
	void searchFindsAStateByItsDutchName() {
		logIn(Role.VIEWER);
		script("localStorage.setItem('lang', 'nl')");
		open("");
		find("#search-text").sendKeys("Verenigde Arabische");
		find("#search-text").submit();
		await().until(d -> !d.findElements(By.cssSelector("#search-results, #search-none")).isEmpty());
		screenshot("search-dutch");
		assertThat(findAll("#search-results li[data-key=AE]")).as("search(text) of the API finds the state").hasSize(1);
		assertThat(find("#search-results li[data-key=AE]").getText()).contains("Verenigde Arabische Emiraten");
		script("localStorage.setItem('lang', 'en')");
	}

	@Test
	void theEditorsFormShowsAValidationProblemBesideItsFieldAndExplainsAConflict() {
		logIn(Role.EDITOR);
		open("edit");
		find("#treaty-form [name=id]").sendKeys("web-test-treaty");
		find("#treaty-form [name=title]").sendKeys("Web test treaty");
		findAll("#parties [name=party]").get(0).sendKeys("BE");
		findAll("#parties [name=party]").get(1).sendKeys("EC");
		find("#treaty-form [name=signedOn]").sendKeys("02022020");
		find("#treaty-form [name=inForceFrom]").sendKeys("01012019");
		find("#treaty-form [name=source]").sendKeys("illustrative");
		find("#save").click();
		await().until(d -> !d.findElements(By.cssSelector(".field-problem")).isEmpty());
		assertThat(find("[data-field='input.inForceFrom'] .field-problem").getText()).isNotBlank();
		screenshot("editor-validation");

		setDate("[name=inForceFrom]", "2021-01-01");
		find("#save").click();
		await().until(d -> !d.findElements(By.id("version")).isEmpty());
		waitForPage();
		WebElement version = find("#version");
		int read = Integer.parseInt(version.getAttribute("value"));
		// Someone else changes the treaty meanwhile; this form still holds the version it read.
		api(Role.EDITOR, """
				mutation { updateTreaty(input: { id: "web-test-treaty", version: %d, title: "Changed elsewhere", source: { id: "illustrative" } }) { treaty { version } } }"""
			.formatted(read));
		find("#treaty-form [name=title]").sendKeys(" (mine)");
		find("#save").click();
		await().until(d -> !d.findElements(By.id("conflict")).isEmpty());
		assertThat(find("#conflict").getText()).contains("version " + read);
		screenshot("editor-conflict");
		api(Role.EDITOR, """
				mutation { removeTreaty(input: { id: "web-test-treaty", version: %d, source: { id: "illustrative" } }) { id } }"""
			.formatted(read + 1));
	}

	@Test
	void labelsFollowTheChosenLanguageAndItIsRemembered() {
		logIn(Role.ANALYST);
		new Select(find("#lang")).selectByValue("fr");
		waitForPage();
		assertThat(find("#nav [data-page=map]").getText()).isEqualTo("Carte");
		open("state/BE");
		assertThat(find("#state-name").getText()).startsWith("Belgique");
		new Select(find("#lang")).selectByValue("en");
	}

	private void waitForResult(String css) {
		await().until(d -> "true".equals(d.findElement(By.cssSelector(css)).getAttribute("data-loaded")));
	}

	private void setDate(String css, String date) {
		script("const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change'));", css, date);
	}

	private void slide(String weight, double value) {
		script("const e = document.querySelector(`#weights input[data-weight=${arguments[0]}]`); e.value = arguments[1]; e.dispatchEvent(new Event('input'));",
				weight, value);
	}

	private List<String> ranking() {
		// Read in one script: the chart is redrawn while the weights change.
		@SuppressWarnings("unchecked")
		List<String> ranked = (List<String>) script(
				"return [...document.querySelectorAll('#priorities-chart g[data-iso2]')].map(g => g.dataset.iso2)");
		return ranked;
	}

	private List<String> apiRanking(boolean illustrative, String weights) {
		return JsonPath.read(api(Role.ANALYST, "{ countryPriorities(limit: 20, includeIllustrative: %s, weights: %s) { state { iso2 } } }".formatted(illustrative, weights)),
				"$.data.countryPriorities[*].state.iso2");
	}

	/** The officers' names in the reference dataset. */
	private static List<String> officerNames() throws IOException {
		return Files.readAllLines(Path.of("src/main/resources/dataset/LiaisonOfficer.csv"))
			.stream()
			.skip(1)
			.map(line -> line.split(",")[2])
			.toList();
	}

	/**
	 * Clicks an export button and returns the file it downloads, as the bytes decoded (a BOM kept),
	 * handed over as JSON so that its line ends arrive unchanged.
	 */
	private String export(WebElement button) {
		return JSON.readValue((String) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const original = URL.createObjectURL, follow = HTMLAnchorElement.prototype.click;
				let blob = null;
				URL.createObjectURL = b => { blob = b; return 'data:,'; };
				HTMLAnchorElement.prototype.click = () => {};
				try { arguments[0].click(); } finally { URL.createObjectURL = original; HTMLAnchorElement.prototype.click = follow; }
				blob.arrayBuffer().then(b => done(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(b))));""", button),
				String.class);
	}

	/** What the API answers to a query of a role's demo user, with HTTP Basic. */
	private String api(Role role, String query) {
		String name = role.name().toLowerCase(Locale.ROOT);
		String credentials = Base64.getEncoder().encodeToString((name + ":" + name + "-demo").getBytes(StandardCharsets.UTF_8));
		try (HttpClient client = HttpClient.newHttpClient()) {
			var request = HttpRequest.newBuilder(URI.create(url("/graphql")))
				.header("authorization", "Basic " + credentials)
				.header("content-type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build();
			String body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
			assertThat(JsonPath.<Object>read(body, "$")).as(body).isNotNull();
			return body;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Appends the page's Navigation Timing and weight to target/screenshots/timings.csv. */
	private void timing(String page) {
		@SuppressWarnings("unchecked")
		Map<String, Object> t = (Map<String, Object>) script("""
				const n = performance.getEntriesByType('navigation')[0];
				const ready = performance.getEntriesByName('page-ready')[0];
				const resources = performance.getEntriesByType('resource');
				return { domInteractive: Math.round(n.domInteractive), loaded: Math.round(n.loadEventEnd),
				  ready: Math.round(ready ? ready.startTime : -1), requests: resources.length + 1,
				  bytes: n.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
				  decoded: n.decodedBodySize + resources.reduce((s, r) => s + r.decodedBodySize, 0) };""");
		try {
			Files.createDirectories(SCREENSHOTS);
			if (!Files.exists(TIMINGS)) {
				Files.writeString(TIMINGS, "page,domInteractiveMs,loadEventEndMs,pageReadyMs,requests,transferBytes,decodedBytes\n");
			}
			Files.writeString(TIMINGS, "%s,%s,%s,%s,%s,%s,%s%n".formatted(page, t.get("domInteractive"), t.get("loaded"),
					t.get("ready"), t.get("requests"), t.get("bytes"), t.get("decoded")), StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
