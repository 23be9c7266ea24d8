package org.liaisongraph.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liaisongraph.neo4j.Sha256;
import org.liaisongraph.route.RouteLegs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference dataset through the same importer users run, once per version of it: a
 * {@code DatasetImport} node records the checksum of the files loaded, so a restart skips the
 * load and a new release of the dataset is merged in.
 */
@Component
@Order(0)
public class ReferenceDataset implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataset.class);

	static final String NAME = "reference";

	/** The user the audit trail names for the dataset's loads. */
	static final String USER = "reference-dataset";

	private final DatasetProperties properties;

	private final GraphImporter importer;

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final RouteLegs routeLegs;

	ReferenceDataset(DatasetProperties properties, GraphImporter importer, Neo4jClient client,
			TransactionTemplate transactions, RouteLegs routeLegs) {
		this.properties = properties;
		this.importer = importer;
		this.client = client;
		this.transactions = transactions;
		this.routeLegs = routeLegs;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.load()) {
			log.info("Reference dataset not loaded: liaison.dataset.load is false");
			return;
		}
		load();
	}

	/** Loads the dataset unless this version of it is already in the graph; true when it loaded. */
	public boolean load() {
		List<ImportFile> files = ImportFile.fromClasspath(properties.location());
		String checksum = checksum(files);
		Optional<String> loaded = client
			.query("MATCH (d:DatasetImport {name: $name}) RETURN d.checksum")
			.bind(NAME)
			.to("name")
			.fetchAs(String.class)
			.one();
		if (loaded.filter(checksum::equals).isPresent()) {
			log.info("Reference dataset already in the graph ({}), not loaded again", checksum.substring(0, 12));
			routeLegs.fillMissingDistances();
			return false;
		}
		transactions.executeWithoutResult(status -> {
			var result = importer.importFiles(files, USER);
			client.query("""
					MERGE (d:DatasetImport {name: $name})
					SET d.checksum = $checksum, d.importedAt = datetime(), d.rows = $rows""")
				.bindAll(Map.of("name", NAME, "checksum", checksum, "rows", result.rows()))
				.run();
			log.info("Reference dataset loaded: {} rows from {} files in {} ms", result.rows(), files.size(),
					result.millis());
		});
		return true;
	}

	private static String checksum(List<ImportFile> files) {
		List<byte[]> parts = new ArrayList<>();
		for (ImportFile file : files) {
			parts.add(file.name().getBytes(StandardCharsets.UTF_8));
			parts.add(file.content().getBytes(StandardCharsets.UTF_8));
		}
		return Sha256.of(parts);
	}

}
