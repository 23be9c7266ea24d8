import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.liaisongraph.neo4j.CypherFragments;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL against the limit, side by side in one run (bench/run calls it against a running app):
 * for each case of bench/compare, the GraphQL document end to end over HTTP and the same answer
 * computed by one Cypher statement through the driver, alternately, then p50 and p95 of each, their
 * ratio and the database statements one GraphQL request ran (the app's liaison.graph.statements
 * metric). A case is name.graphql, name.cypher (its first line "// named: file" takes
 * queries/file.cypher instead, and a second line "// bound: n" bounds its LEG pattern to n legs, as
 * the app does for maxLegs) and name.json, the statement's parameters (dates as "YYYY-MM-DD").
 * With a number of seconds after the data folder, every case runs in turn for that long first. Each
 * case is then warmed up (30 runs of each side, at most 15 s). A case whose first runs fail (the
 * app's request limit, for one) is reported and skipped. Asserts nothing.
 * usage: java -cp <app classpath> bench/Compare.java <http base> <bolt uri> <cases folder> <runs>
 *        <data folder> [seconds of mixed warm-up]
 */
public class Compare {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Runs of each side before a case is timed: this many, or fewer when they take longer than {@link #WARM_UP}. */
	private static final int WARM_UP_RUNS = 30;

	private static final Duration WARM_UP = Duration.ofSeconds(15);

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String bolt = args[1];
		Path cases = Path.of(args[2]);
		int runs = Integer.parseInt(args[3]);
		// the embedded server's Bolt login, generated into its data folder at first start
		String password = Files.readString(Path.of(args[4], "bolt-password")).strip();
		// before any case is timed, every case in turn, each side once per turn, for this long: as on a
		// server that has been answering them all, whose JIT compiled the code they share for all of
		// them (the JDK's default JIT, C2, reaches that state on the ten-times graph only after minutes)
		Duration mixed = Duration.ofSeconds((args.length > 5) ? Long.parseLong(args[5]) : 0);
		var fragments = new CypherFragments("file:queries/fragments");
		SessionConfig readOnly = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
		try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password))) {
			List<Path> documents;
			try (var files = Files.list(cases)) {
				documents = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
			}
			var answering = new ArrayList<Case>();
			for (Path document : documents) {
				String name = document.getFileName().toString().replace(".graphql", "");
				String query = Files.readString(document);
				String cypher = cypher(cases.resolve(name + ".cypher"), fragments);
				Map<String, Object> parameters = parameters(cases.resolve(name + ".json"));
				// the cheapest way through the driver, as the app reads during a request: one auto-commit
				// read, without a managed transaction's BEGIN and COMMIT round trips
				var one = new Case(name, () -> graphQl(base, query), () -> {
					try (var session = driver.session(readOnly)) {
						session.run(cypher, parameters).list();
					}
				});
				try {
					one.graphQl().run();
					one.raw().run();
					answering.add(one);
				}
				catch (RuntimeException ex) {
					String message = String.valueOf(ex.getMessage());
					System.out.printf("%-28s failed: %s%n", name, message.substring(0, Math.min(160, message.length())));
				}
			}
			long mixing = System.nanoTime() + mixed.toNanos();
			int turns = 0;
			while (System.nanoTime() < mixing && !answering.isEmpty()) {
				answering.forEach(Case::both);
				turns++;
			}
			if (turns > 0) {
				System.out.printf("warm-up: every case in turn, %d turns in %d s%n", turns, mixed.toSeconds());
			}
			System.out.printf("%-28s %9s %9s %9s %9s %7s %10s%n", "case", "gql p50", "gql p95", "cypher p50", "p95",
					"ratio", "statements");
			for (Case one : answering) {
				// as on a server that has been answering for a while: after two runs the JIT had not yet
				// compiled the request's path, and five timed runs then measured its warm-up
				long warming = System.nanoTime() + WARM_UP.toNanos();
				for (int i = 0; i < 2 || i < WARM_UP_RUNS && System.nanoTime() < warming; i++) {
					one.both();
				}
				long before = statements(base);
				one.graphQl().run();
				long statements = statements(base) - before;
				var gql = new ArrayList<Long>();
				var cy = new ArrayList<Long>();
				for (int i = 0; i < runs; i++) {
					gql.add(time(one.graphQl()));
					cy.add(time(one.raw()));
				}
				double g50 = percentile(gql, 50);
				double c50 = percentile(cy, 50);
				System.out.printf("%-28s %7.1f ms %7.1f ms %8.1f ms %7.1f ms %7.2f %10d%n", one.name(), g50,
						percentile(gql, 95), c50, percentile(cy, 95), g50 / Math.max(c50, 0.001), statements);
			}
		}
	}

	/** A case: its GraphQL request and its Cypher statement. */
	private record Case(String name, Runnable graphQl, Runnable raw) {

		void both() {
			graphQl.run();
			raw.run();
		}

	}

	private static String cypher(Path file, CypherFragments fragments) throws Exception {
		String text = Files.readString(file).strip();
		List<String> lines = text.lines().toList();
		if (lines.getFirst().startsWith("// named: ")) {
			String named = lines.getFirst().substring("// named: ".length()).strip();
			text = Files.readString(Path.of("queries", named + ".cypher")).strip();
			// as RoutesBetweenQueries does for maxLegs
			if (lines.size() > 1 && lines.get(1).startsWith("// bound: ")) {
				text = text.replace("]->()){1,6}", "]->()){1," + lines.get(1).substring("// bound: ".length()).strip() + "}");
			}
		}
		return fragments.expand(text, file.toString());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parameters(Path file) throws Exception {
		if (!Files.exists(file)) {
			return Map.of();
		}
		Map<String, Object> read = JSON.readValue(Files.readString(file), Map.class);
		var parameters = new HashMap<String, Object>();
		read.forEach((key, value) -> parameters.put(key,
				(value instanceof String s && DATE.matcher(s).matches()) ? LocalDate.parse(s) : value));
		return parameters;
	}

	private static String graphQl(String base, String query) {
		String body = JSON.writeValueAsString(Map.of("query", query));
		String answer = post(base + "/graphql", body, "analyst:analyst-demo");
		if (answer.contains("\"errors\"")) {
			throw new IllegalStateException("GraphQL answered with errors: " + answer);
		}
		return answer;
	}

	private static long statements(String base) {
		var request = HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/liaison.graph.statements"))
			.header("authorization", basic("admin:admin-demo"))
			.build();
		try {
			String answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
			var value = JSON.readTree(answer).path("measurements").path(0).path("value");
			return (long) value.asDouble();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String post(String url, String body, String credentials) {
		var request = HttpRequest.newBuilder(URI.create(url))
			.header("content-type", "application/json")
			.header("authorization", basic(credentials))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static long time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return System.nanoTime() - start;
	}

	private static double percentile(List<Long> nanos, int p) {
		var sorted = nanos.stream().sorted().toList();
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
