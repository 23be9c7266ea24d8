package org.liaisongraph.dataset;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;

import org.liaisongraph.model.PropertySpec;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.WriteRules;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.model.GraphModel.Target;
import org.liaisongraph.dataset.ImportRows.Row;

/**
 * Turns the rows of one file into rows to write, checking every cell against the graph model. What
 * it finds goes to a {@link Sink}: the problems, the keys the rows declare and the keys they refer to.
 */
final class RowParser {

	/** Receives what parsing finds. */
	interface Sink {

		void problem(String file, long line, String field, String reason);

		/** Declares a key of a label; returns the file that declared it before, or null. */
		String declare(String label, String key, String file);

		void reference(String label, String key, String file, long line, String field);

	}

	/** A row ready to write. */
	sealed interface Parsed permits NodeRow, RelRow {
	}

	record Support(String source, Object credibility) {
	}

	record NodeRow(String key, Map<String, Object> props, List<Support> supports) implements Parsed {
	}

	/** A relationship row; {@code props} holds the type's properties and {@code source}. */
	record RelRow(String fromLabel, String from, String toLabel, String to, Map<String, Object> props)
			implements Parsed {
	}

	private static final PropertySpec SOURCE = PropertySpec.string("source").asRequired();

	private static final PropertySpec CREDIBILITY = PropertySpec.integer("credibility", 1, 6);

	private final String file;

	private final Target target;

	private final Sink sink;

	private final Set<String> allowed = new LinkedHashSet<>();

	private final Set<String> required = new LinkedHashSet<>();

	private long problems;

	RowParser(String file, Target target, Sink sink) {
		this.file = file;
		this.target = target;
		this.sink = sink;
		columns();
	}

	/** The label or relationship type a file holds, from its name (State.csv, PARTY_TO.json), or null. */
	static Target targetOf(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0 || !ImportInput.isImportFile(fileName)) {
			return null;
		}
		return GraphModel.target(fileName.substring(0, dot));
	}

	/**
	 * Reads every row of the file and hands each good one to {@code rows} with its line; every
	 * problem, a file that cannot be read to its end included, goes to the sink.
	 * @return the rows read, good or not
	 */
	int read(ImportInput input, ObjLongConsumer<Parsed> rows) {
		int count = 0;
		try (Reader reader = input.open(); ImportRows cursor = ImportRows.open(file, reader)) {
			if (cursor.header() != null && !checkHeader(cursor.header())) {
				return 0;
			}
			for (Row row = cursor.next(); row != null; row = cursor.next()) {
				count++;
				Parsed parsed = parse(row, cursor.header() == null);
				if (parsed != null) {
					rows.accept(parsed, row.line());
				}
			}
		}
		catch (ImportRows.Unreadable ex) {
			sink.problem(file, ex.line(), "file", ex.getMessage());
		}
		catch (IOException ex) {
			sink.problem(file, 0, "file", "cannot be read: " + ex.getMessage());
		}
		return count;
	}

	/** Checks a CSV header; false when rows cannot be read under it. */
	private boolean checkHeader(List<String> header) {
		boolean ok = true;
		for (String column : header) {
			if (!allowed.contains(column)) {
				sink.problem(file, 1, column, "unknown column; expected " + String.join(",", allowed));
				ok = false;
			}
		}
		for (String column : required) {
			if (!header.contains(column)) {
				sink.problem(file, 1, column, "required column is missing");
				ok = false;
			}
		}
		return ok;
	}

	/**
	 * Parses a row; every problem goes to the sink.
	 * @param perRowFields whether the row names its own fields (JSON), checked here rather than in a header
	 * @return the row to write, or null when it has problems
	 */
	private Parsed parse(Row row, boolean perRowFields) {
		long before = problems;
		if (perRowFields) {
			row.cells().keySet().stream().filter(c -> !allowed.contains(c)).forEach(c -> problem(row.line(), c,
					"unknown field; expected " + String.join(",", allowed)));
		}
		row.problems().forEach((field, reason) -> problem(row.line(), field, reason));
		Parsed parsed = switch (target) {
			case NodeSpec node -> node(row, node);
			case RelSpec rel -> rel(row, rel);
		};
		return (problems == before) ? parsed : null;
	}

	private void problem(long line, String field, String reason) {
		problems++;
		sink.problem(file, line, field, reason);
	}

	private void columns() {
		switch (target) {
			case NodeSpec node -> {
				allowed.add(node.key().name());
				required.add(node.key().name());
				node.properties().forEach(this::column);
				if (!node.label().equals("Source")) {
					allowed.addAll(List.of("source", "credibility"));
					required.add("source");
				}
			}
			case RelSpec rel -> {
				if (rel.polymorphicFrom()) {
					required.add("fromLabel");
				}
				required.add("from");
				if (rel.polymorphicTo()) {
					required.add("toLabel");
				}
				required.addAll(List.of("to", "source"));
				allowed.addAll(required);
				rel.properties().forEach(this::column);
			}
		}
	}

	private void column(PropertySpec property) {
		allowed.add(property.name());
		if (property.required()) {
			required.add(property.name());
		}
	}

	private NodeRow node(Row row, NodeSpec node) {
		long line = row.line();
		String key = (String) cell(row, node.key());
		Map<String, Object> props = new HashMap<>();
		for (PropertySpec property : node.properties()) {
			if (row.has(property.name())) {
				props.put(property.name(), cell(row, property));
			}
		}
		List<Support> supports = node.label().equals("Source") ? List.of() : supports(row);
		checkRules(line, node.label(), props);
		if (key != null) {
			String earlier = sink.declare(node.label(), key, file);
			if (earlier != null) {
				problem(line, node.key().name(),
						"duplicate key '" + key + "' " + (earlier.equals(file) ? "in this file" : "also in " + earlier));
			}
		}
		return new NodeRow(key, props, supports);
	}

	/**
	 * The sources of a node row: {@code source} lists one or more Source ids separated by
	 * {@code ;}, and {@code credibility}, when not empty, as many credibilities in the same order.
	 */
	private List<Support> supports(Row row) {
		long line = row.line();
		String sourceCell = row.has("source") && row.get("source") != null ? row.get("source") : "";
		String credibilityCell = row.get("credibility") != null ? row.get("credibility") : "";
		String[] sources = sourceCell.split(";", -1);
		String[] credibilities = credibilityCell.isBlank() ? new String[sources.length]
				: credibilityCell.split(";", -1);
		if (credibilities.length != sources.length) {
			problem(line, "credibility", "expected one value per source (" + sources.length + "), got "
					+ credibilities.length);
			// the sources are still checked, so that one run reports every problem of the row
			credibilities = new String[sources.length];
		}
		List<Support> supports = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < sources.length; i++) {
			String source = (String) parse(line, SOURCE, sources[i]);
			Object credibility = parse(line, CREDIBILITY, credibilities[i]);
			if (source != null) {
				if (!seen.add(source)) {
					problem(line, "source", "Source '" + source + "' is listed twice");
				}
				sink.reference("Source", source, file, line, "source");
				supports.add(new Support(source, credibility));
			}
		}
		return supports;
	}

	private RelRow rel(Row row, RelSpec rel) {
		String fromLabel = endpointLabel(row, "fromLabel", rel.fromLabels());
		String toLabel = endpointLabel(row, "toLabel", rel.toLabels());
		String from = endpointKey(row, "from", fromLabel);
		String to = endpointKey(row, "to", toLabel);
		Map<String, Object> props = new HashMap<>();
		for (PropertySpec property : rel.properties()) {
			if (row.has(property.name())) {
				props.put(property.name(), cell(row, property));
			}
		}
		String source = (String) cell(row, SOURCE);
		if (source != null) {
			sink.reference("Source", source, file, row.line(), "source");
		}
		props.put("source", source);
		return new RelRow(fromLabel, from, toLabel, to, props);
	}

	private String endpointLabel(Row row, String column, List<String> labels) {
		if (labels.size() == 1) {
			return labels.getFirst();
		}
		return (String) cell(row, PropertySpec.oneOf(column, labels).asRequired());
	}

	private String endpointKey(Row row, String column, String label) {
		if (label == null) {
			return null;
		}
		NodeSpec target = GraphModel.node(label);
		var keySpec = new PropertySpec(column, PropertySpec.Kind.STRING, true, null, target.key().pattern(), null,
				null, false);
		String key = (String) cell(row, keySpec);
		if (key != null) {
			sink.reference(label, key, file, row.line(), column);
		}
		return key;
	}

	private Object cell(Row row, PropertySpec spec) {
		// a cell that is no value at all is reported as such, not as missing too
		return row.problems().containsKey(spec.name()) ? null : parse(row.line(), spec, row.get(spec.name()));
	}

	private Object parse(long line, PropertySpec spec, String text) {
		try {
			return spec.parse(text);
		}
		catch (IllegalArgumentException ex) {
			problem(line, spec.name(), ex.getMessage());
			return null;
		}
	}

	private void checkRules(long line, String label, Map<String, Object> props) {
		WriteRules.ofProperties(label, props).forEach(p -> problem(line, p.property(), p.reason()));
	}

}
