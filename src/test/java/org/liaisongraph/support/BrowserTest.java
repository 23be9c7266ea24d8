package org.liaisongraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.liaisongraph.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: the application on a random port with its own Neo4j, holding the
 * reference dataset it loads on start, driven through Debian's headless Chromium and chromedriver
 * (nothing is downloaded). Every request the pages make is read from the browser's performance log
 * after each test, and one to another host fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
public abstract class BrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	protected static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

	private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");

	private static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");

	protected static ChromeDriver browser;

	private static Path profile;

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		TestNeo4j.register(registry, "browser");
		TestJwt.register(registry);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)).as("""
				The browser tests drive Debian's Chromium through its chromedriver: %s and %s must exist.
				Install them with: sudo apt-get install -y chromium chromium-driver""", CHROMIUM, CHROMEDRIVER)
			.isTrue();
		profile = Files.createTempDirectory("liaison-chromium-");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-default-apps", "--window-size=1400,1000", "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void freshSession() {
		browser.manage().deleteAllCookies();
		requests();
	}

	/** No page asked another host for anything: scripts, styles, fonts, map data all come from the jar. */
	@AfterEach
	void nothingLeftTheServer() {
		List<String> external = requests().stream().filter(url -> !local(url)).toList();
		assertThat(external).as("requests to another host").isEmpty();
	}

	/** The URLs the browser requested since the last call. */
	protected static List<String> requests() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			String message = entry.getMessage();
			if (message.contains("\"Network.requestWillBeSent\"") || message.contains("\"Network.webSocketCreated\"")) {
				Matcher matcher = URL.matcher(message);
				while (matcher.find()) {
					urls.add(matcher.group(1));
				}
			}
		}
		return urls;
	}

	/** Whether a URL stays on this machine: the app's host, or no network at all (data:, blob:, chrome:). */
	private static boolean local(String url) {
		URI uri = URI.create(url);
		if (!NETWORK_SCHEMES.contains(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))) {
			return true;
		}
		return uri.getHost() != null && LOCAL_HOSTS.contains(uri.getHost());
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Logs in through the login form as the demo user of the role and waits for the first page. */
	protected void logIn(Role role) {
		String name = role.name().toLowerCase(Locale.ROOT);
		browser.get(url("/login"));
		// The language a previous test chose is remembered by the browser: each test starts in English.
		script("localStorage.clear()");
		browser.findElement(By.id("username")).sendKeys(name);
		browser.findElement(By.id("password")).sendKeys(name + "-demo");
		browser.findElement(By.id("login-submit")).click();
		waitForPage();
	}

	/** Opens a page of the application (its address after {@code #/}) and waits until it has drawn. */
	protected void open(String page) {
		// From a blank page, so the address loads the application afresh rather than changing its hash.
		browser.get("about:blank");
		browser.get(url("/#/" + page));
		waitForPage();
	}

	protected void waitForPage() {
		await().until(d -> !d.findElements(By.cssSelector("#main [data-ready=true]")).isEmpty());
	}

	/** Waits for this page to be drawn: after a click, the page it leaves may still say it is ready. */
	protected void waitForPage(String page) {
		await().until(d -> !d.findElements(By.cssSelector("#main #page[data-page='" + page + "'][data-ready=true]")).isEmpty());
	}

	/**
	 * Waits up to 30 s; an element the page redraws while the condition reads it (stale) means "not
	 * yet", not a failure: the next poll finds the new one.
	 */
	protected WebDriverWait await() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	protected WebElement find(String css) {
		return browser.findElement(By.cssSelector(css));
	}

	protected List<WebElement> findAll(String css) {
		return browser.findElements(By.cssSelector(css));
	}

	protected Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	/** Saves what the browser shows as {@code target/screenshots/<name>.png}, for review. */
	protected static void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
