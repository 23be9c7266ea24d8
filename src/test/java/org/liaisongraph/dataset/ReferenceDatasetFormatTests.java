package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.Target;

/**
 * The reference dataset is the complete example of the import format: a file for every label and
 * relationship type, each with every column the graph model implies, in the order an export writes
 * them. The import itself accepts columns in any order and optional ones left out, so it would not
 * notice a property added to the model and not to the dataset.
 */
class ReferenceDatasetFormatTests {

	private static final Path DATASET = Path.of("src/main/resources/dataset");

	@Test
	void everyFileHasTheColumnsOfItsLabelOrTypeInTheExportsOrder() throws IOException {
		List<String> problems = new ArrayList<>();
		headers().forEach((file, header) -> {
			Target target = GraphModel.target(file.substring(0, file.lastIndexOf('.')));
			if (target == null) {
				problems.add(file + ": no label or relationship type of the model");
			}
			else if (!header.equals(GraphExporter.header(target))) {
				problems.add(file + ": header " + String.join(",", header) + ", the model implies "
						+ String.join(",", GraphExporter.header(target)));
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void everyLabelAndRelationshipTypeHasAFile() throws IOException {
		var names = headers().keySet();

		assertThat(Stream.concat(GraphModel.NODES.stream(), GraphModel.RELATIONSHIPS.stream())
			.map(t -> t.name() + ".csv")
			.filter(file -> !names.contains(file))).isEmpty();
	}

	private static Map<String, List<String>> headers() throws IOException {
		Map<String, List<String>> headers = new TreeMap<>();
		try (Stream<Path> files = Files.list(DATASET)) {
			for (Path file : files.toList()) {
				String first;
				try (var lines = Files.lines(file)) {
					first = lines.findFirst().orElse("");
				}
				headers.put(file.getFileName().toString(), Arrays.asList(first.split(",", -1)));
			}
		}
		return headers;
	}

}
