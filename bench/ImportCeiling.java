import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * What the database itself writes per second, for bench/import to print beside the importer's rate:
 * as many seizures and AT links as the bench's files hold, each row set by the plainest Cypher
 * statement a batch can run (CREATE with the same properties, no check, version read, journal,
 * source or derived fact), a batch of rows per transaction, through the driver as the app writes.
 * The rows get keys of their own and are left in the folder, which bench/import then deletes.
 * Usage: java -cp <driver's class path> bench/ImportCeiling.java bolt://localhost:PORT <data folder> <seizures> <batch>
 */
public class ImportCeiling {

	public static void main(String[] args) throws Exception {
		String password = Files.readString(Path.of(args[1], "bolt-password")).strip();
		int seizures = Integer.parseInt(args[2]);
		int batch = Integer.parseInt(args[3]);
		try (var driver = GraphDatabase.driver(args[0], AuthTokens.basic("neo4j", password));
				var session = driver.session()) {
			List<String> ports = session.run("MATCH (p:Port) RETURN p.locode AS locode ORDER BY locode")
				.list(r -> r.get("locode").asString());
			long nodes = write(session, seizures, batch, """
					UNWIND $rows AS row
					CREATE (n:Seizure {id: row.key})
					SET n.seizedOn = row.seizedOn, n.drug = row.drug, n.quantityKg = row.quantityKg,
					  n.concealment = row.concealment, n.version = 1""", i -> {
				var row = new HashMap<String, Object>();
				row.put("key", "s-ceiling-%07d".formatted(i));
				row.put("seizedOn", LocalDate.of(2015 + i % 10, 1 + i % 12, 1 + i % 28));
				row.put("drug", "cocaine");
				row.put("quantityKg", (i % 5000) / 10.0 + 0.5);
				row.put("concealment", "containers");
				return row;
			});
			long links = write(session, seizures, batch, """
					UNWIND $rows AS row
					MATCH (a:Seizure {id: row.from})
					MATCH (b:Port {locode: row.to})
					CREATE (a)-[:AT]->(b)""",
					i -> Map.of("from", "s-ceiling-%07d".formatted(i), "to", ports.get(i % ports.size())));
			System.out.printf("%-40s %,d rows/s (Seizure %,d ms, AT %,d ms)%n", "plainest CREATE, same rows and batches",
					2L * seizures * 1000 / Math.max(1, nodes + links), nodes, links);
		}
	}

	private interface Row {

		Map<String, Object> of(int i);

	}

	/** Writes rows 1..n in transactions of {@code batch} rows; returns the milliseconds it took. */
	private static long write(org.neo4j.driver.Session session, int n, int batch, String cypher, Row row) {
		long started = System.nanoTime();
		for (int from = 1; from <= n; from += batch) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int i = from; i < Math.min(n + 1, from + batch); i++) {
				rows.add(row.of(i));
			}
			session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", rows)).consume());
		}
		return (System.nanoTime() - started) / 1_000_000;
	}

}
