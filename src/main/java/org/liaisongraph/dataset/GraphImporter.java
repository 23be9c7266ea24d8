package org.liaisongraph.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.liaisongraph.dataset.GraphModel.NodeSpec;
import org.liaisongraph.dataset.GraphModel.RelSpec;
import org.liaisongraph.route.RouteLegs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a folder of CSV files, one per label or relationship type of {@link GraphModel}. Every
 * row is checked first and every problem reported as {@code file:line: field: reason}; if there is
 * any, nothing is written. Otherwise all rows are merged on their keys in one transaction, so an
 * import is all-or-nothing and running it twice changes nothing the second time.
 */
@Service
public class GraphImporter {

	private static final Logger log = LoggerFactory.getLogger(GraphImporter.class);

	private static final int BATCH_SIZE = 1_000;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private static final String STALE_CALLS = """
			UNWIND $routes AS route
			MATCH (:TraffickingRoute {id: route.id})-[c:CALLS_AT]->(p:Port)
			WHERE NOT {seq: c.seq, port: p.locode} IN route.calls
			DELETE c""";

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final RouteLegs routeLegs;

	GraphImporter(Neo4jClient client, TransactionTemplate transactions, RouteLegs routeLegs) {
		this.client = client;
		this.transactions = transactions;
		this.routeLegs = routeLegs;
	}

	/**
	 * Checks and writes the files, joining the caller's transaction if there is one.
	 * @throws ImportFailedException with every problem found, before anything is written
	 */
	public ImportResult importFiles(List<ImportFile> files) {
		long started = System.nanoTime();
		var plan = new Plan();
		for (ImportFile file : files) {
			parse(file, plan);
		}
		checkReferences(plan);
		checkBilateralParties(plan);
		if (!plan.problems.isEmpty()) {
			plan.problems.sort(Comparator.comparing(ImportProblem::file).thenComparingLong(ImportProblem::line));
			throw new ImportFailedException(plan.problems);
		}
		transactions.executeWithoutResult(status -> write(plan));
		var result = new ImportResult(plan.rowsByFile(), (System.nanoTime() - started) / 1_000_000);
		log.info("Imported {} rows from {} files in {} ms", result.rows(), files.size(), result.millis());
		return result;
	}

	// ------------------------------------------------------------------ parsing and row checks

	private void parse(ImportFile file, Plan plan) {
		String label = file.name().endsWith(".csv") ? file.name().substring(0, file.name().length() - 4) : file.name();
		NodeSpec node = GraphModel.node(label);
		RelSpec rel = GraphModel.RELATIONSHIPS.stream().filter(r -> r.type().equals(label)).findFirst().orElse(null);
		if (node == null && rel == null) {
			plan.problem(file.name(), 0, "file", "is not named after a label or relationship type of the graph model");
			return;
		}
		long line = 1;
		try (CSVParser parser = CSVParser.parse(new StringReader(file.content()), FORMAT)) {
			if (!checkHeader(file.name(), parser.getHeaderNames(), node, rel, plan)) {
				return;
			}
			var records = parser.iterator();
			while (true) {
				line = parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord record = records.next();
				if (node != null) {
					parseNode(file.name(), line, record, node, plan);
				}
				else {
					parseRel(file.name(), line, record, rel, plan);
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			plan.problem(file.name(), line, "file", "is not valid CSV: " + ex.getMessage());
		}
	}

	private boolean checkHeader(String file, List<String> header, NodeSpec node, RelSpec rel, Plan plan) {
		Set<String> allowed = new LinkedHashSet<>();
		Set<String> required = new LinkedHashSet<>();
		if (node != null) {
			allowed.add(node.key().name());
			required.add(node.key().name());
			node.properties().forEach(p -> {
				allowed.add(p.name());
				if (p.required()) {
					required.add(p.name());
				}
			});
			if (!node.label().equals("Source")) {
				allowed.addAll(List.of("source", "credibility"));
				required.add("source");
			}
		}
		else {
			if (rel.polymorphicFrom()) {
				required.add("fromLabel");
			}
			required.addAll(List.of("from"));
			if (rel.polymorphicTo()) {
				required.add("toLabel");
			}
			required.addAll(List.of("to", "source"));
			allowed.addAll(required);
			rel.properties().forEach(p -> {
				allowed.add(p.name());
				if (p.required()) {
					required.add(p.name());
				}
			});
		}
		boolean ok = true;
		for (String column : header) {
			if (!allowed.contains(column)) {
				plan.problem(file, 1, column, "unknown column; expected " + String.join(",", allowed));
				ok = false;
			}
		}
		for (String column : required) {
			if (!header.contains(column)) {
				plan.problem(file, 1, column, "required column is missing");
				ok = false;
			}
		}
		return ok;
	}

	private void parseNode(String file, long line, CSVRecord record, NodeSpec node, Plan plan) {
		var problems = plan.problems.size();
		String key = (String) cell(file, line, record, node.key(), plan);
		Map<String, Object> props = new HashMap<>();
		for (PropertySpec property : node.properties()) {
			if (record.isMapped(property.name())) {
				props.put(property.name(), cell(file, line, record, property, plan));
			}
		}
		List<Support> supports = node.label().equals("Source") ? List.of() : supports(file, line, record, plan);
		checkDateOrder(file, line, node.label(), props, plan);
		if (key != null && !plan.declare(node.label(), key)) {
			plan.problem(file, line, node.key().name(), "duplicate key '" + key + "' in this file");
		}
		if (plan.problems.size() == problems) {
			plan.nodes.computeIfAbsent(node, n -> new ArrayList<>())
				.add(new NodeRow(key, props, supports));
		}
	}

	/**
	 * The sources of a node row: {@code source} lists one or more Source ids separated by
	 * {@code ;}, and {@code credibility}, when not empty, as many credibilities in the same order.
	 */
	private List<Support> supports(String file, long line, CSVRecord record, Plan plan) {
		String sourceCell = record.isSet("source") ? record.get("source") : "";
		String credibilityCell = record.isMapped("credibility") && record.isSet("credibility")
				? record.get("credibility") : "";
		String[] sources = sourceCell.split(";", -1);
		String[] credibilities = credibilityCell.isBlank() ? new String[sources.length]
				: credibilityCell.split(";", -1);
		if (credibilities.length != sources.length) {
			plan.problem(file, line, "credibility", "expected one value per source (" + sources.length + "), got "
					+ credibilities.length);
			// the sources are still checked, so that one run reports every problem of the row
			credibilities = new String[sources.length];
		}
		var sourceSpec = PropertySpec.string("source").asRequired();
		var credibilitySpec = PropertySpec.integer("credibility", 1, 6);
		List<Support> supports = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < sources.length; i++) {
			String source = (String) parse(file, line, sourceSpec, sources[i], plan);
			Object credibility = parse(file, line, credibilitySpec, credibilities[i], plan);
			if (source != null) {
				if (!seen.add(source)) {
					plan.problem(file, line, "source", "Source '" + source + "' is listed twice");
				}
				plan.reference("Source", source, file, line, "source");
				supports.add(new Support(source, credibility));
			}
		}
		return supports;
	}

	private void parseRel(String file, long line, CSVRecord record, RelSpec rel, Plan plan) {
		var problems = plan.problems.size();
		String fromLabel = endpointLabel(file, line, record, "fromLabel", rel.fromLabels(), plan);
		String toLabel = endpointLabel(file, line, record, "toLabel", rel.toLabels(), plan);
		String from = endpointKey(file, line, record, "from", fromLabel, plan);
		String to = endpointKey(file, line, record, "to", toLabel, plan);
		Map<String, Object> props = new HashMap<>();
		for (PropertySpec property : rel.properties()) {
			if (record.isMapped(property.name())) {
				props.put(property.name(), cell(file, line, record, property, plan));
			}
		}
		String source = (String) cell(file, line, record, PropertySpec.string("source").asRequired(), plan);
		if (source != null) {
			plan.reference("Source", source, file, line, "source");
		}
		if (plan.problems.size() == problems) {
			plan.rels.computeIfAbsent(rel, r -> new ArrayList<>())
				.add(new RelRow(fromLabel, from, toLabel, to, props, source));
		}
	}

	private String endpointLabel(String file, long line, CSVRecord record, String column, List<String> labels,
			Plan plan) {
		if (labels.size() == 1) {
			return labels.getFirst();
		}
		return (String) cell(file, line, record, PropertySpec.oneOf(column, labels).asRequired(), plan);
	}

	private String endpointKey(String file, long line, CSVRecord record, String column, String label, Plan plan) {
		if (label == null) {
			return null;
		}
		NodeSpec target = GraphModel.node(label);
		var keySpec = new PropertySpec(column, PropertySpec.Kind.STRING, true, null, target.key().pattern(), null,
				null);
		String key = (String) cell(file, line, record, keySpec, plan);
		if (key != null) {
			plan.reference(label, key, file, line, column);
		}
		return key;
	}

	private static Object cell(String file, long line, CSVRecord record, PropertySpec spec, Plan plan) {
		String text = record.isMapped(spec.name()) && record.isSet(spec.name()) ? record.get(spec.name()) : null;
		return parse(file, line, spec, text, plan);
	}

	private static Object parse(String file, long line, PropertySpec spec, String text, Plan plan) {
		try {
			return spec.parse(text);
		}
		catch (IllegalArgumentException ex) {
			plan.problem(file, line, spec.name(), ex.getMessage());
			return null;
		}
	}

	private static void checkDateOrder(String file, long line, String label, Map<String, Object> props, Plan plan) {
		GraphModel.dateOrderProblems(label, props).forEach((field, reason) -> plan.problem(file, line, field, reason));
	}

	// ------------------------------------------------------------------ checks across files

	private void checkReferences(Plan plan) {
		plan.references.forEach((label, keys) -> {
			Set<String> unknown = new HashSet<>(keys.keySet());
			unknown.removeAll(plan.declared.getOrDefault(label, Set.of()));
			if (unknown.isEmpty()) {
				return;
			}
			NodeSpec spec = GraphModel.node(label);
			Set<String> existing = new HashSet<>(client
				.query("UNWIND $keys AS k MATCH (n:" + spec.label() + " {" + spec.key().name() + ": k}) RETURN k")
				.bind(List.copyOf(unknown))
				.to("keys")
				.fetchAs(String.class)
				.all());
			unknown.stream().filter(k -> !existing.contains(k)).sorted().forEach(k -> keys.get(k)
				.forEach(at -> plan.problem(at.file(), at.line(), at.field(), "unknown " + label + " '" + k + "'")));
		});
	}

	private void checkBilateralParties(Plan plan) {
		NodeSpec treaty = GraphModel.node("Treaty");
		RelSpec partyTo = GraphModel.RELATIONSHIPS.stream().filter(r -> r.type().equals("PARTY_TO")).findFirst().get();
		if (!plan.rels.containsKey(partyTo)) {
			return;
		}
		Map<String, Integer> parties = new HashMap<>();
		plan.rels.get(partyTo).forEach(row -> parties.merge(row.to(), 1, Integer::sum));
		plan.nodes.getOrDefault(treaty, List.of())
			.stream()
			.filter(row -> "BILATERAL".equals(row.props().get("kind")))
			.filter(row -> parties.getOrDefault(row.key(), 0) != 2)
			.forEach(row -> plan.problem("PARTY_TO.csv", 0, "to", "bilateral treaty '" + row.key() + "' has "
					+ parties.getOrDefault(row.key(), 0) + " parties, needs exactly 2"));
	}

	// ------------------------------------------------------------------ writing

	private void write(Plan plan) {
		for (NodeSpec spec : GraphModel.NODES) {
			List<NodeRow> rows = plan.nodes.get(spec);
			if (rows != null) {
				String cypher = "UNWIND $rows AS row MERGE (n:" + spec.label() + " {" + spec.key().name()
						+ ": row.key}) SET n += row.props, n.version = coalesce(n.version, 1)"
						+ (spec.label().equals("Source") ? ""
								: " WITH n, row UNWIND row.supports AS support MATCH (s:Source {id: support.source})"
										+ " MERGE (n)-[r:SUPPORTED_BY]->(s) SET r.credibility = support.credibility");
				batches(cypher, rows.stream().map(NodeRow::parameters).toList());
			}
		}
		Set<String> routesWithCalls = new LinkedHashSet<>();
		for (RelSpec spec : GraphModel.RELATIONSHIPS) {
			List<RelRow> rows = plan.rels.get(spec);
			if (rows == null) {
				continue;
			}
			Map<String, List<Map<String, Object>>> byEndpoints = new TreeMap<>();
			rows.forEach(row -> byEndpoints.computeIfAbsent(row.fromLabel() + ">" + row.toLabel(), k -> new ArrayList<>())
				.add(row.parameters()));
			byEndpoints.forEach((endpoints, parameters) -> {
				NodeSpec from = GraphModel.node(endpoints.substring(0, endpoints.indexOf('>')));
				NodeSpec to = GraphModel.node(endpoints.substring(endpoints.indexOf('>') + 1));
				String identity = spec.identity().isEmpty() ? ""
						: " {" + String.join(", ", spec.identity().stream().map(p -> p + ": row.props." + p).toList())
								+ "}";
				String cypher = "UNWIND $rows AS row MATCH (a:" + from.label() + " {" + from.key().name()
						+ ": row.from}) MATCH (b:" + to.label() + " {" + to.key().name() + ": row.to}) MERGE (a)-[r:"
						+ spec.type() + identity + "]->(b) SET r += row.props, r.source = row.source, r.version = coalesce(r.version, 1)";
				batches(cypher, parameters);
			});
			if (spec.type().equals("CALLS_AT")) {
				rows.forEach(row -> routesWithCalls.add(row.from()));
			}
		}
		removeStaleCalls(plan);
		routeLegs.derive(routesWithCalls);
	}

	/** A CALLS_AT file gives the whole call sequence of each route in it: calls not listed go. */
	private void removeStaleCalls(Plan plan) {
		plan.rels.entrySet()
			.stream()
			.filter(e -> e.getKey().type().equals("CALLS_AT"))
			.forEach(e -> {
				Map<String, List<Map<String, Object>>> callsByRoute = new TreeMap<>();
				e.getValue().forEach(row -> callsByRoute.computeIfAbsent(row.from(), k -> new ArrayList<>())
					.add(Map.of("seq", row.props().get("seq"), "port", row.to())));
				var routes = callsByRoute.entrySet().stream()
					.map(r -> Map.<String, Object>of("id", r.getKey(), "calls", r.getValue()))
					.toList();
				client.query(STALE_CALLS).bind(routes).to("routes").run();
			});
	}

	private void batches(String cypher, List<Map<String, Object>> rows) {
		for (int i = 0; i < rows.size(); i += BATCH_SIZE) {
			client.query(cypher).bind(rows.subList(i, Math.min(rows.size(), i + BATCH_SIZE))).to("rows").run();
		}
	}

	// ------------------------------------------------------------------ plan

	private record Support(String source, Object credibility) {

		Map<String, Object> parameters() {
			var p = new HashMap<String, Object>();
			p.put("source", source);
			p.put("credibility", credibility);
			return p;
		}

	}

	private record NodeRow(String key, Map<String, Object> props, List<Support> supports) {

		Map<String, Object> parameters() {
			return Map.of("key", key, "props", props, "supports", supports.stream().map(Support::parameters).toList());
		}

	}

	private record RelRow(String fromLabel, String from, String toLabel, String to, Map<String, Object> props,
			String source) {

		Map<String, Object> parameters() {
			var p = new HashMap<String, Object>();
			p.put("from", from);
			p.put("to", to);
			p.put("props", props);
			p.put("source", source);
			return p;
		}

	}

	private record Location(String file, long line, String field) {
	}

	private static final class Plan {

		final List<ImportProblem> problems = new ArrayList<>();

		final Map<NodeSpec, List<NodeRow>> nodes = new LinkedHashMap<>();

		final Map<RelSpec, List<RelRow>> rels = new LinkedHashMap<>();

		final Map<String, Set<String>> declared = new HashMap<>();

		final Map<String, Map<String, List<Location>>> references = new HashMap<>();

		void problem(String file, long line, String field, String reason) {
			problems.add(new ImportProblem(file, line, field, reason));
		}

		boolean declare(String label, String key) {
			return declared.computeIfAbsent(label, l -> new HashSet<>()).add(key);
		}

		void reference(String label, String key, String file, long line, String field) {
			references.computeIfAbsent(label, l -> new HashMap<>())
				.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new Location(file, line, field));
		}

		Map<String, Integer> rowsByFile() {
			Map<String, Integer> rows = new LinkedHashMap<>();
			nodes.forEach((spec, list) -> rows.put(spec.file(), list.size()));
			rels.forEach((spec, list) -> rows.put(spec.file(), list.size()));
			return rows;
		}

	}

}
