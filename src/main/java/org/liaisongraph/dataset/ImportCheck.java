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
import org.liaisongraph.model.WriteRules;
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

	private record Call(String file, long line, long seq, Object role) {
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

	/** A row of a file, for the checks across rows: where it is and what the rules read of it. */
	private record At(String file, long line, String value) {
	}

	/** treaty id -> its row in a Treaty file, with its kind */
	private final Map<String, At> treaties = new HashMap<>();

	/** treaty id -> its PARTY_TO rows, with the party as Label:key */
	private final Map<String, List<At>> parties = new HashMap<>();

	/** route id -> its CALLS_AT rows by seq, with the role */
	private final Map<String, TreeMap<Long, At>> calls = new HashMap<>();

	/** route -> its calls in the files, which the import makes its whole call list */
	private final Map<String, List<Call>> callsByRoute = new HashMap<>();

	ImportCheck(Neo4jClient client) {
		this.client = client;
	}

	/** Keeps what the rules across rows ({@link WriteRules#ofLinks}) need of a checked row. */
	void checked(String file, long line, Parsed row) {
		String name = file.substring(0, file.lastIndexOf('.'));
		switch (row) {
			case NodeRow node when name.equals("Treaty") ->
				treaties.put(node.key(), new At(file, line, (String) node.props().get("kind")));
			case RelRow rel when name.equals("PARTY_TO") -> parties.computeIfAbsent(rel.to(), t -> new ArrayList<>())
				.add(new At(file, line, rel.fromLabel() + ":" + rel.from()));
			case RelRow rel when name.equals("CALLS_AT") && rel.props().get("seq") instanceof Long seq -> {
				if (calls.computeIfAbsent(rel.from(), r -> new TreeMap<>())
					.putIfAbsent(seq, new At(file, line, (String) rel.props().get("role"))) != null) {
					problem(file, line, "seq", "route '" + rel.from() + "' has another call with seq " + seq);
				}
			}
			case RelRow rel when name.equals("IN_STATE") && rel.fromLabel().equals("Port") ->
				WriteRules.ofLinks("Port", Map.of("locode", rel.from()), "IN_STATE", List.of(Map.of("key", rel.to())))
					.forEach(p -> problem(file, line, "to", p.reason()));
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
		checkParties();
		checkCalls();
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(ImportProblem::file).thenComparingLong(ImportProblem::line));
			throw new ImportFailedException(problems, omitted);
		}
		// the keys of a large import take tens of MiB that the writes need more
		declared.clear();
		existing.clear();
		treaties.clear();
		parties.clear();
		calls.clear();
	}

	/**
	 * The parties of every treaty the import writes or gives parties to, as they will be after it:
	 * the graph's parties and the files' (parties are merged), under the kind the files give or
	 * else the graph's.
	 */
	private void checkParties() {
		Set<String> ids = new TreeSet<>(treaties.keySet());
		ids.addAll(parties.keySet());
		Map<String, Map<String, Object>> stored = new HashMap<>();
		for (List<String> chunk : chunks(List.copyOf(ids))) {
			client.query("""
					UNWIND $ids AS id MATCH (t:Treaty {id: id})
					RETURN id, t.kind AS kind,
					       [(p)-[:PARTY_TO]->(t) | labels(p)[0] + ':' + coalesce(p.iso2, p.code)] AS parties""")
				.bind(chunk)
				.to("ids")
				.fetch()
				.all()
				.forEach(row -> stored.put((String) row.get("id"), row));
		}
		for (String id : ids) {
			At row = treaties.get(id);
			Object kind = (row != null) ? row.value() : stored.getOrDefault(id, Map.of()).get("kind");
			Set<String> all = new TreeSet<>();
			if (stored.containsKey(id)) {
				@SuppressWarnings("unchecked")
				List<String> storedParties = (List<String>) stored.get(id).get("parties");
				all.addAll(storedParties);
			}
			List<At> given = parties.getOrDefault(id, List.of());
			given.forEach(p -> all.add(p.value()));
			At where = given.isEmpty() ? row : given.getFirst();
			String field = given.isEmpty() ? "kind" : "to";
			WriteRules.ofLinks("Treaty", Map.of("kind", String.valueOf(kind)), "PARTY_TO",
					all.stream().map(p -> Map.<String, Object>of("party", p)).toList())
				.forEach(p -> problem(where.file(), where.line(), field, p.reason()));
		}
	}

	/** The calls of every route in a CALLS_AT file, which gives each route's whole call list, in seq order. */
	private void checkCalls() {
		calls.forEach((route, bySeq) -> {
			List<At> rows = List.copyOf(bySeq.values());
			List<Long> seqs = List.copyOf(bySeq.keySet());
			List<Map<String, Object>> links = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				links.add(Map.of("seq", seqs.get(i), "role", rows.get(i).value()));
			}
			WriteRules.ofLinks("TraffickingRoute", Map.of(), "CALLS_AT", links)
				.forEach(p -> {
					At where = rows.get(Math.max(p.index(), 0));
					problem(where.file(), where.line(), (p.index() < 0) ? "from" : p.property(), p.reason());
				});
		});
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
