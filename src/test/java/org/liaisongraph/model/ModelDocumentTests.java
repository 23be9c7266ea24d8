package org.liaisongraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.GraphModel.RelSpec;

/**
 * {@code docs/model.md} is the graph-model part of the design contract: a hand-written introduction,
 * then, below a marker line, what {@link GraphModel} declares, rendered here. The test fails when the
 * two differ, and with {@code -Dmodel.doc.write=true} rewrites the part below the marker instead.
 */
class ModelDocumentTests {

	private static final Path DOCUMENT = Path.of("docs/model.md");

	static final String MARKER = "<!-- Below this line generated from GraphModel by ModelDocumentTests: change the model, not this text. -->";

	@Test
	void theDocumentShowsTheDeclaredModel() throws IOException {
		String text = Files.readString(DOCUMENT);
		int marker = text.indexOf(MARKER);
		assertThat(marker).as(DOCUMENT + " keeps its introduction above the line\n" + MARKER).isNotNegative();
		String expected = text.substring(0, marker + MARKER.length()) + "\n\n" + render();

		if (Boolean.getBoolean("model.doc.write") && !text.equals(expected)) {
			Files.writeString(DOCUMENT, expected);
			text = expected;
		}
		if (!text.equals(expected)) {
			fail(DOCUMENT + " is not what GraphModel declares, " + firstDifference(text, expected)
					+ "\nTo rewrite it below its marker line run: mvn -B -q test -Dtest=ModelDocumentTests -Dmodel.doc.write=true");
		}
	}

	private static String firstDifference(String text, String expected) {
		List<String> lines = text.lines().toList();
		List<String> wanted = expected.lines().toList();
		int i = 0;
		while (i < lines.size() && i < wanted.size() && lines.get(i).equals(wanted.get(i))) {
			i++;
		}
		return "from line " + (i + 1) + ":\n  in the file:  " + ((i < lines.size()) ? lines.get(i) : "(end)")
				+ "\n  from the model: " + ((i < wanted.size()) ? wanted.get(i) : "(end)");
	}

	@Test
	void aRowShowsRangesPatternsEnumValuesInTheOrderDeclaredAndRestriction() {
		assertThat(row(PropertySpec.decimal("latitude", -90, 90), false)).isEqualTo("| `latitude` | float | | -90 to 90 |");
		assertThat(row(PropertySpec.decimal("quantityKg", 0, 1e9).asRequired(), false))
			.isEqualTo("| `quantityKg` | float | yes | 0 to 1000000000 |");
		assertThat(row(PropertySpec.oneOf("status", List.of("PROPOSED", "ADOPTED", "LIFTED")), false))
			.isEqualTo("| `status` | enum | | PROPOSED, ADOPTED, LIFTED |");
		assertThat(row(PropertySpec.string("name").asRestricted(), false)).isEqualTo("| `name` | string, restricted | | |");
		assertThat(row(PropertySpec.string("iso2").asRequired().matching("[A-Z]{2}"), true))
			.isEqualTo("| `iso2` (key) | string | yes | `[A-Z]{2}` |");
	}

	static String render() {
		var out = new StringBuilder();
		out.append("## Labels\n\n");
		out.append("| label | key | properties |\n|---|---|---|\n");
		GraphModel.NODES.forEach(n -> out.append(cells("`" + n.label() + "`", "`" + n.key().name() + "`",
				names(n.properties()))).append('\n'));
		for (NodeSpec node : GraphModel.NODES) {
			out.append("\n### ").append(node.label()).append("\n\n");
			table(out, Stream.concat(Stream.of(node.key()), node.properties().stream()).toList(), node.key());
		}
		out.append("\n## Relationship types\n\n");
		out.append("| type | from | to | properties |\n|---|---|---|---|\n");
		GraphModel.RELATIONSHIPS.forEach(r -> out.append(cells("`" + r.type() + "`", String.join(" or ", r.fromLabels()),
				String.join(" or ", r.toLabels()), names(r.properties()))).append('\n'));
		for (RelSpec rel : GraphModel.RELATIONSHIPS) {
			if (rel.properties().isEmpty()) {
				continue;
			}
			out.append("\n### ").append(rel.type()).append("\n\n");
			if (!rel.identity().isEmpty()) {
				out.append("Several between the same two nodes, told apart by ")
					.append(rel.identity().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")))
					.append(".\n\n");
			}
			table(out, rel.properties(), null);
		}
		out.append("\n## Derived labels\n\n");
		out.append("Never imported, exported nor edited: every write and import keeps them in step, in its transaction.\n");
		for (var derived : GraphModel.DERIVED) {
			out.append("\n### ").append(derived.label()).append("\n\n");
			out.append("Key: ").append(derived.key().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")))
				.append(", together. Derived from ").append(derived.derivedFrom()).append(".\n\n");
			table(out, derived.properties(), null);
		}
		return out.toString();
	}

	private static void table(StringBuilder out, List<PropertySpec> properties, PropertySpec key) {
		out.append("| property | type | required | values |\n|---|---|---|---|\n");
		properties.forEach(p -> out.append(row(p, p == key)).append('\n'));
	}

	private static String row(PropertySpec property, boolean key) {
		String type = property.kind().name().toLowerCase(Locale.ROOT) + (property.restricted() ? ", restricted" : "");
		String values = switch (property.kind()) {
			case ENUM -> String.join(", ", property.values());
			case INTEGER, FLOAT -> bound(property.min()) + " to " + bound(property.max());
			default -> (property.pattern() != null) ? "`" + property.pattern().pattern() + "`" : "";
		};
		return cells("`" + property.name() + "`" + (key ? " (key)" : ""), type, property.required() ? "yes" : "",
				values);
	}

	/** A table row; an empty cell is one space wide. */
	private static String cells(String... cells) {
		var row = new StringBuilder();
		for (String cell : cells) {
			row.append(cell.isEmpty() ? "| " : "| " + cell + " ");
		}
		return row.append("|").toString();
	}

	private static String names(List<PropertySpec> properties) {
		return properties.stream().map(p -> "`" + p.name() + "`").collect(Collectors.joining(", "));
	}

	private static String bound(Double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
