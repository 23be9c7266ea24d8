package org.liaisongraph.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
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

	private final Set<String> bilateralTreaties = new HashSet<>();

	private final Map<String, Integer> partiesByTreaty = new HashMap<>();

	private String partyFile;

	/** route -> its calls in the files, which the import makes its whole call list */
	private final Map<String, List<Call>> callsByRoute = new HashMap<>();

	ImportCheck(Neo4jClient client) {
		this.client = client;
	}

	/** Checks the rules of a row that reach beyond its cells, and keeps what the checks across files need of it. */
	void checked(String file, long line, Parsed row) {
		switch (row) {
			case NodeRow node when file.startsWith("Treaty.") && "BILATERAL".equals(node.props().get("kind")) ->
				bilateralTreaties.add(node.key());
			case RelRow rel when file.startsWith("PARTY_TO.") -> {
				partyFile = (partyFile != null) ? partyFile : file;
				partiesByTreaty.merge(rel.to(), 1, Integer::sum);
			}
			// a UN/LOCODE begins with the ISO code of the state the place is in
			case RelRow rel when file.startsWith("IN_STATE.") && rel.fromLabel().equals("Port")
					&& !rel.from().startsWith(rel.to()) ->
				problem(file, line, "to", "Port '" + rel.from() + "' is in state '" + rel.from().substring(0, 2)
						+ "' by its UN/LOCODE, not '" + rel.to() + "'");
			case RelRow rel when file.startsWith("CALLS_AT.") -> callsByRoute.computeIfAbsent(rel.from(),
					r -> new ArrayList<>())
				.add(new Call(file, line, (Long) rel.props().get("seq"), rel.props().get("role")));
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
		callsByRoute.keySet().stream().sorted().forEach(route -> checkCalls(route, callsByRoute.get(route)));
		if (partyFile != null) {
			bilateralTreaties.stream()
				.sorted()
				.filter(t -> partiesByTreaty.getOrDefault(t, 0) != 2)
				.forEach(t -> problem(partyFile, 0, "to", "bilateral treaty '" + t + "' has "
						+ partiesByTreaty.getOrDefault(t, 0) + " parties, needs exactly 2"));
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparing(ImportProblem::file).thenComparingLong(ImportProblem::line));
			throw new ImportFailedException(problems, omitted);
		}
		// the keys of a large import take tens of MiB that the writes need more
		declared.clear();
		existing.clear();
		bilateralTreaties.clear();
		partiesByTreaty.clear();
		callsByRoute.clear();
	}

	/**
	 * A route's calls, as the editor has them too: at least two, numbered from 0 without gaps or
	 * repeats, the first the ORIGIN, the last the DESTINATION, the others TRANSIT.
	 */
	private void checkCalls(String route, List<Call> calls) {
		calls.sort(Comparator.comparingLong(Call::seq).thenComparing(Call::file).thenComparingLong(Call::line));
		Call first = calls.getFirst();
		if (calls.size() < 2) {
			problem(first.file(), first.line(), "from", "route '" + route + "' needs at least two calls, has 1");
			return;
		}
		boolean numbered = true;
		long expected = 0;
		for (Call call : calls) {
			if (call.seq() < expected) {
				problem(call.file(), call.line(), "seq", "route '" + route + "' has another call with seq " + call.seq());
				numbered = false;
			}
			else if (call.seq() > expected) {
				problem(call.file(), call.line(), "seq", "route '" + route + "' has no call with seq " + expected
						+ ": calls are numbered from 0 without gaps");
				numbered = false;
			}
			expected = call.seq() + 1;
		}
		// with the numbering wrong, which call is last is anyone's guess
		for (int i = 0; numbered && i < calls.size(); i++) {
			String role = (i == 0) ? "ORIGIN" : (i == calls.size() - 1) ? "DESTINATION" : "TRANSIT";
			if (!role.equals(calls.get(i).role())) {
				problem(calls.get(i).file(), calls.get(i).line(), "role", "must be " + role + ": seq " + i + " of "
						+ calls.size() + " calls of route '" + route + "'");
			}
		}
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
