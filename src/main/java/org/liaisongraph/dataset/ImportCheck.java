package org.liaisongraph.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.model.WriteRules;
import org.liaisongraph.model.WriteRules.LinkRule;
import org.liaisongraph.model.WriteRules.PartRule;
import org.liaisongraph.dataset.RowParser.NodeRow;
import org.liaisongraph.dataset.RowParser.Parsed;
import org.liaisongraph.dataset.RowParser.RelRow;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The first pass of an import: every row of every file checked, before anything is written. It
 * keeps the keys the files declare, not their rows, and looks up in the graph, a chunk at a time,
 * the keys the files refer to without declaring them. Files are read labels first (Source first of
 * all), then relationship types, so a key declared in the import is always known before it is
 * referred to.
 */
final class ImportCheck implements RowParser.Sink {

	/** An operator fixes files from the first problems; a million lines of them help nobody. */
	static final int MAX_PROBLEMS = 1_000;

	private static final int LOOKUP_CHUNK = 10_000;

	private record Location(String file, long line, String field) {
	}


	private final Neo4jClient client;

	private final List<ImportProblem> problems = new ArrayList<>();

	private long omitted;

	/** label -> key -> file that declares it */
	private final Map<String, Map<String, String>> declared = new HashMap<>();

	/** label -> keys found in the graph */
	private final Map<String, Set<String>> existing = new HashMap<>();

	/** label -> key -> where it is referred to, until looked up in the graph */
	private final Map<String, Map<String, List<Location>>> pending = new HashMap<>();

	private int pendingCount;

	private final Map<String, Integer> rowsByFile = new LinkedHashMap<>();

	/** A row the write rules across rows read: where it is, and its values. */
	private record At(String file, long line, Map<String, Object> values) {
	}

	/** label -> key -> the entity's row in the files, for the labels that have link rules */
	private final Map<String, Map<String, At>> entityRows = new HashMap<>();

	/** link rule -> key of the entity -> its link rows in the files, each with the key it links to */
	private final Map<LinkRule, Map<String, List<At>>> linkRows = new HashMap<>();

	/** the rows of the label with parts ({@link WriteRules#PARTS}): key -> its row */
	private final Map<String, At> partRows = new HashMap<>();

	/** the links from a part to its whole in the files: part key -> its row, with the whole's key */
	private final Map<String, List<At>> partOfRows = new HashMap<>();

	ImportCheck(Neo4jClient client) {
		this.client = client;
	}

	/** Keeps what the rules across rows ({@link WriteRules#ofLinks}) need of a checked row. */
	void checked(String file, long line, Parsed row) {
		String name = file.substring(0, file.lastIndexOf('.'));
		if (row instanceof NodeRow node && name.equals(WriteRules.PARTS.label())) {
			partRows.put(node.key(), new At(file, line, node.props()));
		}
		if (row instanceof RelRow rel && name.equals(WriteRules.PARTS.type())) {
			partOfRows.computeIfAbsent(rel.from(), k -> new ArrayList<>()).add(new At(file, line, Map.of("key", rel.to())));
		}
		switch (row) {
			case NodeRow node when !WriteRules.linkRules(name).isEmpty() ->
				entityRows.computeIfAbsent(name, l -> new HashMap<>()).put(node.key(), new At(file, line, node.props()));
			case RelRow rel -> {
				for (LinkRule rule : WriteRules.LINK_RULES) {
					boolean fromEnd = rel.fromLabel().equals(rule.label());
					if (!rule.type().equals(name) || !(fromEnd || rel.toLabel().equals(rule.label()))) {
						continue;
					}
					Map<String, Object> values = new HashMap<>(rel.props());
					values.remove("source");
					values.put("key", fromEnd ? rel.to() : rel.from());
					linkRows.computeIfAbsent(rule, r -> new HashMap<>())
						.computeIfAbsent(fromEnd ? rel.from() : rel.to(), k -> new ArrayList<>())
						.add(new At(file, line, values));
				}
			}
			default -> {
			}
		}
	}

	void rows(String file, int rows) {
		rowsByFile.put(file, rows);
	}

	Map<String, Integer> rowsByFile() {
		return rowsByFile;
	}

	long totalRows() {
		return rowsByFile.values().stream().mapToLong(Integer::longValue).sum();
	}

	@Override
	public void problem(String file, long line, String field, String reason) {
		add(new ImportProblem(file, line, field, reason));
	}

	@Override
	public String declare(String label, String key, String file) {
		return declared.computeIfAbsent(label, l -> new HashMap<>()).putIfAbsent(key, file);
	}

	@Override
	public void reference(String label, String key, String file, long line, String field) {
		if (declared.getOrDefault(label, Map.of()).containsKey(key)
				|| existing.getOrDefault(label, Set.of()).contains(key)) {
			return;
		}
		pending.computeIfAbsent(label, l -> new HashMap<>())
			.computeIfAbsent(key, k -> new ArrayList<>())
			.add(new Location(file, line, field));
		if (++pendingCount >= LOOKUP_CHUNK) {
			lookUpPending();
		}
	}

	/**
	 * Runs the checks across files once every file is read.
	 * @throws ImportFailedException with the problems by file and line, if there are any
	 */
	void finish() {
		lookUpPending();
		WriteRules.LINK_RULES.forEach(this::checkLinks);
		checkParts();
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(ImportProblem::file).thenComparingLong(ImportProblem::line));
			throw new ImportFailedException(problems, omitted);
		}
		// the keys of a large import take tens of MiB that the writes need more
		declared.clear();
		existing.clear();
		entityRows.clear();
		linkRows.clear();
		partRows.clear();
		partOfRows.clear();
	}

	/**
	 * Runs the parts rule ({@link WriteRules#PARTS}) on every whole the import touches (one it
	 * writes, one a written entity is or becomes a part of) with its parts as they will be: the
	 * graph's and the files' links, each quantity from the files or else the graph.
	 */
	private void checkParts() {
		PartRule rule = WriteRules.PARTS;
		Set<String> keys = new HashSet<>(partRows.keySet());
		partOfRows.forEach((part, rows) -> {
			keys.add(part);
			rows.forEach(at -> keys.add((String) at.values().get("key")));
		});
		Map<String, Map<String, Object>> stored = storedParts(keys);
		Set<String> wholes = new TreeSet<>(partRows.keySet());
		partOfRows.values().forEach(rows -> rows.forEach(at -> wholes.add((String) at.values().get("key"))));
		partRows.keySet().forEach(key -> wholes.addAll(wholesOf(stored.get(key))));
		Set<String> missing = new HashSet<>(wholes);
		missing.removeAll(stored.keySet());
		stored.putAll(storedParts(missing));
		for (String whole : wholes) {
			Number quantity = quantity(whole, stored);
			Map<String, Number> parts = new HashMap<>();
			Map<String, Object> graph = stored.getOrDefault(whole, Map.of());
			for (Object part : (List<?>) graph.getOrDefault("parts", List.of())) {
				List<?> keyAndQuantity = (List<?>) part;
				stored.putIfAbsent((String) keyAndQuantity.get(0), Map.of("quantity", keyAndQuantity.get(1)));
				parts.put((String) keyAndQuantity.get(0), null);
			}
			partOfRows.forEach((part, rows) -> rows.stream()
				.filter(at -> whole.equals(at.values().get("key")))
				.forEach(at -> parts.put(part, null)));
			parts.replaceAll((part, none) -> quantity(part, stored));
			parts.values().removeIf(q -> q == null);
			for (WriteRules.Problem problem : WriteRules.ofParts(whole, quantity, parts)) {
				At at = partOfRows.entrySet().stream()
					.filter(e -> parts.containsKey(e.getKey()))
					.flatMap(e -> e.getValue().stream())
					.filter(row -> whole.equals(row.values().get("key")))
					.findFirst()
					.orElse(null);
				if (at != null) {
					problem(at.file(), at.line(), "to", problem.reason());
				}
				else {
					At row = partRows.containsKey(whole) ? partRows.get(whole)
							: parts.keySet().stream().filter(partRows::containsKey).map(partRows::get).findFirst().orElseThrow();
					problem(row.file(), row.line(), rule.quantity(), problem.reason());
				}
			}
		}
	}

	/** A quantity as it will be: the files' or else the graph's; null for an entity neither holds. */
	private Number quantity(String key, Map<String, Map<String, Object>> stored) {
		At row = partRows.get(key);
		if (row != null && row.values().get(WriteRules.PARTS.quantity()) instanceof Number quantity) {
			return quantity;
		}
		return (Number) stored.getOrDefault(key, Map.of()).get("quantity");
	}

	private static List<String> wholesOf(Map<String, Object> stored) {
		return (stored == null) ? List.of() : ((List<?>) stored.get("wholes")).stream().map(String.class::cast).toList();
	}

	/** The stored quantity, parts and wholes of the entities of the label with parts, by key. */
	private Map<String, Map<String, Object>> storedParts(Set<String> keys) {
		PartRule rule = WriteRules.PARTS;
		String key = GraphModel.node(rule.label()).key().name();
		// the label, type and property names come from the model, never from the files
		String cypher = "UNWIND $keys AS k MATCH (n:" + rule.label() + " {" + key + ": k}) RETURN k, n." + rule.quantity()
				+ " AS quantity, [(n)<-[:" + rule.type() + "]-(p) | [p." + key + ", p." + rule.quantity() + "]] AS parts, [(n)-[:" + rule.type()
				+ "]->(w) | w." + key + "] AS wholes";
		Map<String, Map<String, Object>> stored = new HashMap<>();
		for (List<String> chunk : chunks(List.copyOf(keys))) {
			client.query(cypher).bind(chunk).to("keys").fetch().all().forEach(row -> stored.put((String) row.get("k"), row));
		}
		return stored;
	}

	/**
	 * Runs a link rule on every entity of its label that the import writes or links, as it will be
	 * after the import: its properties from the files or else the graph, and its links the files'
	 * merged with the graph's, or for a sequence (a route's calls) the files' alone, which replace
	 * the stored ones.
	 */
	private void checkLinks(LinkRule rule) {
		NodeSpec label = GraphModel.node(rule.label());
		RelSpec type = GraphModel.relationship(rule.type());
		boolean fromEnd = type.fromLabels().contains(rule.label());
		Map<String, At> rows = entityRows.getOrDefault(rule.label(), Map.of());
		Map<String, List<At>> links = linkRows.getOrDefault(rule, Map.of());
		Set<String> keys = new TreeSet<>(rows.keySet());
		keys.addAll(links.keySet());
		Map<String, Map<String, Object>> stored = stored(label, type, fromEnd, keys);
		for (String key : keys) {
			List<At> given = type.sequence() ? sequence(key, rule, links.getOrDefault(key, List.of()))
					: links.getOrDefault(key, List.of());
			Map<String, Object> properties = new HashMap<>();
			Map<String, Object> graph = stored.getOrDefault(key, Map.of());
			@SuppressWarnings("unchecked")
			Map<String, Object> storedProperties = (Map<String, Object>) graph.getOrDefault("props", Map.of());
			properties.putAll(storedProperties);
			if (rows.containsKey(key)) {
				rows.get(key).values().forEach((name, value) -> {
					if (value != null) {
						properties.put(name, value);
					}
				});
			}
			properties.put(label.key().name(), key);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> storedLinks = (List<Map<String, Object>>) graph.getOrDefault("links", List.of());
			List<At> all = new ArrayList<>(given);
			if (!type.sequence() || given.isEmpty()) {
				Set<Object> listed = new HashSet<>();
				given.forEach(at -> listed.add(at.values().get("key")));
				storedLinks.stream()
					.filter(link -> listed.add(link.get("key")))
					.sorted(Comparator.comparingLong(link -> (link.get("seq") instanceof Long seq) ? seq : 0))
					.forEach(link -> all.add(new At(null, 0, link)));
			}
			At entity = rows.get(key);
			String end = fromEnd ? "from" : "to";
			WriteRules.ofLinks(rule.label(), properties, rule.type(), all.stream().map(At::values).toList())
				.forEach(problem -> {
					At at = (problem.index() >= 0) ? all.get(problem.index()) : null;
					if (at != null && at.file() != null) {
						String column = "key".equals(problem.property()) ? (fromEnd ? "to" : "from") : problem.property();
						problem(at.file(), at.line(), column, problem.reason());
					}
					else if (!given.isEmpty()) {
						problem(given.getFirst().file(), given.getFirst().line(), end, problem.reason());
					}
					else {
						problem(entity.file(), entity.line(), label.key().name(), problem.reason());
					}
				});
		}
	}

	/** A sequence's rows in seq order; a seq given twice is a problem, and the second row is left out. */
	private List<At> sequence(String key, LinkRule rule, List<At> rows) {
		Map<Long, At> bySeq = new TreeMap<>();
		for (At row : rows) {
			// a row without a seq is a problem of its own
			if (row.values().get("seq") instanceof Long seq && bySeq.putIfAbsent(seq, row) != null) {
				problem(row.file(), row.line(), "seq", "'" + key + "' has another " + rule.type() + " with seq "
						+ row.values().get("seq"));
			}
		}
		return List.copyOf(bySeq.values());
	}

	/** The stored properties and links (with the key each links to) of the entities, by key. */
	private Map<String, Map<String, Object>> stored(NodeSpec label, RelSpec type, boolean fromEnd, Set<String> keys) {
		List<String> otherLabels = fromEnd ? type.toLabels() : type.fromLabels();
		String otherKey = GraphModel.keyExpression("m", otherLabels);
		String link = fromEnd ? "-[r:" + type.type() + "]->" : "<-[r:" + type.type() + "]-";
		// labels, types and property names come from the model, never from the files
		String cypher = "UNWIND $keys AS k MATCH (n:" + label.label() + " {" + label.key().name() + ": k})"
				+ " RETURN k, n {.*} AS props, [(n)" + link + "(m) | r {.*, key: " + otherKey + "}] AS links";
		Map<String, Map<String, Object>> stored = new HashMap<>();
		for (List<String> chunk : chunks(List.copyOf(keys))) {
			client.query(cypher).bind(chunk).to("keys").fetch().all().forEach(row -> stored.put((String) row.get("k"), row));
		}
		return stored;
	}

	private static List<List<String>> chunks(List<String> keys) {
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < keys.size(); i += LOOKUP_CHUNK) {
			chunks.add(keys.subList(i, Math.min(keys.size(), i + LOOKUP_CHUNK)));
		}
		return chunks;
	}

	private void add(ImportProblem problem) {
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(problem);
		}
		else {
			omitted++;
		}
	}

	private void lookUpPending() {
		pending.forEach((label, keys) -> {
			NodeSpec spec = GraphModel.node(label);
			Set<String> found = new HashSet<>(client
				.query("UNWIND $keys AS k MATCH (n:" + spec.label() + " {" + spec.key().name() + ": k}) RETURN k")
				.bind(List.copyOf(keys.keySet()))
				.to("keys")
				.fetchAs(String.class)
				.all());
			existing.computeIfAbsent(label, l -> new HashSet<>()).addAll(found);
			keys.forEach((key, locations) -> {
				if (!found.contains(key)) {
					locations.forEach(at -> add(new ImportProblem(at.file(), at.line(), at.field(),
							"unknown " + label + " '" + key + "'", ImportProblem.Kind.UNKNOWN_KEY)));
				}
			});
		});
		pending.clear();
		pendingCount = 0;
	}

}
