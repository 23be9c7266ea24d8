package org.liaisongraph.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.model.GraphModel.Target;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the graph as the CSV files {@link GraphImporter} reads, so that importing them into an
 * empty graph gives the same graph back. {@code LEG} relationships are left out (the import derives
 * them from {@code CALLS_AT}), {@code SUPPORTED_BY} becomes the {@code source} and
 * {@code credibility} columns of node files, several sources separated by {@code ;}. Only the
 * labels, properties and relationships of {@link GraphModel} are exported; a label or type with no
 * rows gets no file.
 */
@Service
public class GraphExporter {

	// LF rather than RFC 4180's CRLF, like the dataset files, so an export diffs cleanly against them
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	GraphExporter(Neo4jClient client, TransactionTemplate transactions) {
		this.client = client;
		this.transactions = transactions;
	}

	/** The whole graph: one file per label and relationship type with at least one row. */
	public List<ImportFile> export() {
		return files(allNames(), false);
	}

	/**
	 * Like {@link #export()} or {@link #export(String)} (for a non-null name), with the cells of
	 * restricted properties left empty when {@code withoutRestricted}.
	 */
	List<ImportFile> export(String name, boolean withoutRestricted) {
		return files((name != null) ? List.of(checked(name)) : allNames(), withoutRestricted);
	}

	private static List<String> allNames() {
		return Stream
			.concat(GraphModel.NODES.stream().map(NodeSpec::label), GraphModel.RELATIONSHIPS.stream().map(RelSpec::type))
			.toList();
	}

	/**
	 * One label or relationship type of the graph model: its file, or no file if it has no rows.
	 * @throws IllegalArgumentException if the name is not a label or relationship type of the model
	 */
	public List<ImportFile> export(String name) {
		return files(List.of(checked(name)), false);
	}

	private static String checked(String name) {
		if (GraphModel.node(name) == null && GraphModel.relationship(name) == null) {
			throw new IllegalArgumentException("'" + name + "' is not a label or relationship type of the graph model"
					+ " (LEG and SUPPORTED_BY are exported with CALLS_AT and the node files)");
		}
		return name;
	}

	/**
	 * Writes the files of {@link #export()} into a folder, created if missing. Files already there
	 * are overwritten or left alone, so export into an empty folder to import it back as is.
	 */
	public void exportTo(Path folder) {
		ImportFile.toFolder(export(), folder);
	}

	/** All in one transaction, so that the files agree with each other. */
	private List<ImportFile> files(List<String> names, boolean withoutRestricted) {
		return transactions.execute(status -> {
			var files = new ArrayList<ImportFile>();
			for (String name : names) {
				NodeSpec node = GraphModel.node(name);
				List<List<Object>> rows = (node != null) ? nodeRows(node, withoutRestricted)
						: relRows(GraphModel.relationship(name));
				if (!rows.isEmpty()) {
					files.add(new ImportFile(name + ".csv", csv(header(GraphModel.target(name)), rows)));
				}
			}
			return files;
		});
	}

	private List<List<Object>> nodeRows(NodeSpec spec, boolean withoutRestricted) {
		boolean supported = !spec.label().equals("Source");
		// sources by id, so that the output does not depend on the order relationships were written in
		String cypher = "MATCH (n:" + spec.label() + ") OPTIONAL MATCH (n)-[s:SUPPORTED_BY]->(src:Source)"
				+ " WITH n, s, src ORDER BY src.id"
				+ " WITH n, [x IN collect([src.id, s.credibility]) WHERE x[0] IS NOT NULL] AS supports"
				+ " RETURN properties(n) AS props, supports ORDER BY n." + spec.key().name();
		return client.query(cypher).fetch().all().stream().map(record -> {
			@SuppressWarnings("unchecked")
			var props = (Map<String, Object>) record.get("props");
			List<Object> row = new ArrayList<>();
			row.add(props.get(spec.key().name()));
			spec.properties().forEach(p -> row.add((withoutRestricted && p.restricted()) ? null : props.get(p.name())));
			if (supported) {
				@SuppressWarnings("unchecked")
				var supports = (List<List<Object>>) record.get("supports");
				row.add(joined(supports.stream().map(List::getFirst).toList()));
				// no credibility at all: an empty cell rather than ";" for several sources
				row.add(supports.stream().allMatch(s -> s.get(1) == null) ? null
						: joined(supports.stream().map(s -> s.get(1)).toList()));
			}
			return row;
		}).toList();
	}

	private List<List<Object>> relRows(RelSpec spec) {
		String cypher = "MATCH (a:" + String.join("|", spec.fromLabels()) + ")-[r:" + spec.type() + "]->(b:"
				+ String.join("|", spec.toLabels()) + ") RETURN " + labelOf("a", spec.fromLabels()) + " AS fromLabel, "
				+ keyOf("a", spec.fromLabels()) + " AS fromKey, " + labelOf("b", spec.toLabels()) + " AS toLabel, "
				+ keyOf("b", spec.toLabels()) + " AS toKey, properties(r) AS props ORDER BY fromKey, toKey"
				+ spec.identity().stream().map(p -> ", r." + p).collect(Collectors.joining())
				+ ", fromLabel, toLabel";
		return client.query(cypher).fetch().all().stream().map(record -> {
			@SuppressWarnings("unchecked")
			var props = (Map<String, Object>) record.get("props");
			List<Object> row = new ArrayList<>();
			if (spec.polymorphicFrom()) {
				row.add(record.get("fromLabel"));
			}
			row.add(record.get("fromKey"));
			if (spec.polymorphicTo()) {
				row.add(record.get("toLabel"));
			}
			row.add(record.get("toKey"));
			spec.properties().forEach(p -> row.add(props.get(p.name())));
			row.add(props.get("source"));
			return row;
		}).toList();
	}

	private static String labelOf(String variable, List<String> labels) {
		return labels.stream()
			.map(l -> " WHEN " + variable + ":" + l + " THEN '" + l + "'")
			.collect(Collectors.joining("", "CASE", " END"));
	}

	private static String keyOf(String variable, List<String> labels) {
		return labels.stream()
			.map(l -> " WHEN " + variable + ":" + l + " THEN " + variable + "." + GraphModel.node(l).key().name())
			.collect(Collectors.joining("", "CASE", " END"));
	}

	/** The columns of a label's or relationship type's file, as the export writes them. */
	static List<String> header(Target target) {
		return switch (target) {
			case NodeSpec node -> nodeHeader(node);
			case RelSpec rel -> relHeader(rel);
		};
	}

	private static List<String> nodeHeader(NodeSpec spec) {
		var header = new ArrayList<String>();
		header.add(spec.key().name());
		spec.properties().forEach(p -> header.add(p.name()));
		if (!spec.label().equals("Source")) {
			header.addAll(List.of("source", "credibility"));
		}
		return header;
	}

	private static List<String> relHeader(RelSpec spec) {
		var header = new ArrayList<String>();
		if (spec.polymorphicFrom()) {
			header.add("fromLabel");
		}
		header.add("from");
		if (spec.polymorphicTo()) {
			header.add("toLabel");
		}
		header.add("to");
		spec.properties().forEach(p -> header.add(p.name()));
		header.add("source");
		return header;
	}

	private static String csv(List<String> header, List<List<Object>> rows) {
		var out = new StringBuilder();
		try (var printer = new CSVPrinter(out, FORMAT)) {
			printer.printRecord(header);
			for (List<Object> row : rows) {
				printer.printRecord(row.stream().map(GraphExporter::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String joined(Collection<Object> values) {
		return values.stream().map(GraphExporter::cell).collect(Collectors.joining(";"));
	}

	/** Dates ISO, booleans true/false, integers as they are, floats without a needless ".0". */
	private static String cell(Object value) {
		if (value instanceof Double d && Double.isFinite(d)) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		return Objects.toString(value, "");
	}

}
