import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one write costs where it costs most (bench/run calls it against a running app, on the
 * synthetic graph): addSeizure end to end over HTTP, as the demo editor, at the port with the most
 * seizures (its yearly total is computed again from all of them, in the write's transaction), in
 * three shapes: at the port alone, also shipped from another port (that port's and its state's
 * totals too), and on an active route calling at the port (the route's totals and the route totals of
 * every state it calls at too). Each shape is warmed up with 5 writes, then timed; prints p50 and p95.
 * It adds seizures to the graph (graded F, on the invented source): run it on a copy. Asserts nothing.
 * usage: java -cp <app classpath> bench/Writes.java <http base> <bolt uri> <runs> <data folder>
 */
public class Writes {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String ADD = "mutation($in: AddSeizureInput!) { addSeizure(input: $in) { seizure { id } } }";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int runs = Integer.parseInt(args[2]);
		String password = Files.readString(Path.of(args[3], "bolt-password")).strip();
		Map<String, Object> busiest;
		try (var driver = GraphDatabase.driver(args[1], AuthTokens.basic("neo4j", password)); var session = driver.session()) {
			busiest = session.run("""
					MATCH (port:Port)
					WITH port, COUNT { (port)<-[:AT]-(:Seizure) } AS seizures ORDER BY seizures DESC LIMIT 1
					RETURN port.locode AS port, seizures,
					       head(COLLECT { MATCH (port)<-[:CALLS_AT]-(route:TraffickingRoute {active: true})
					                      RETURN route.id ORDER BY route.id }) AS route,
					       head(COLLECT { MATCH (other:Port) WHERE other <> port AND (other)-[:IN_STATE]->()
					                      RETURN other.locode ORDER BY other.locode }) AS from""").single().asMap();
		}
		System.out.printf("addSeizure at %s (%,d seizures), %d runs each, p50 and p95:%n", busiest.get("port"),
				busiest.get("seizures"), runs);
		var shapes = new LinkedHashMap<String, Map<String, Object>>();
		shapes.put("at the port", Map.of());
		shapes.put("shipped from " + busiest.get("from"), Map.of("shippedFrom", busiest.get("from")));
		if (busiest.get("route") != null) {
			shapes.put("on route " + busiest.get("route"), Map.of("route", busiest.get("route")));
		}
		int written = 0;
		for (var shape : shapes.entrySet()) {
			var times = new ArrayList<Long>();
			for (int i = 0; i < 5 + runs; i++) {
				var input = new LinkedHashMap<String, Object>(shape.getValue());
				input.put("id", "bench-write-" + System.currentTimeMillis() + "-" + written++);
				input.put("seizedOn", "2024-05-01");
				input.put("drug", "cocaine");
				input.put("quantityKg", 12.5);
				input.put("at", busiest.get("port"));
				input.put("source", Map.of("id", "illustrative"));
				input.put("credibility", 6);
				String body = JSON.writeValueAsString(Map.of("query", ADD, "variables", Map.of("in", input)));
				long start = System.nanoTime();
				String answer = post(base + "/graphql", body);
				long took = System.nanoTime() - start;
				if (answer.contains("\"errors\"")) {
					throw new IllegalStateException("addSeizure answered with errors: " + answer);
				}
				if (i >= 5) {
					times.add(took);
				}
			}
			System.out.printf("%-40s %7.1f ms %7.1f ms%n", shape.getKey(), percentile(times, 50), percentile(times, 95));
		}
	}

	private static String post(String url, String body) {
		var request = HttpRequest.newBuilder(URI.create(url))
			.header("content-type", "application/json")
			.header("authorization", "Basic " + Base64.getEncoder()
				.encodeToString("editor:editor-demo".getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double percentile(List<Long> nanos, int p) {
		var sorted = nanos.stream().sorted().toList();
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
