package org.liaisongraph.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.model.GraphModel.Target;
import org.liaisongraph.dataset.RowParser.NodeRow;
import org.liaisongraph.dataset.RowParser.RelRow;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Writes checked rows on their keys, in the caller's transaction (a node found missing is created,
 * others merged), and keeps versions: a node, or a relationship with properties of its own, gets
 * {@code version} 1 when created and one more each time a write changes any of its properties; a
 * row equal to what is stored changes nothing and is not written. Each write first reads which rows
 * create or change something (not when the graph holds nothing of the label or type yet) and
 * returns their positions, so that only those mark places for their seizure totals to be computed
 * again. Given a {@link Batch} of a multi-transaction import, it first records, in the batch's
 * transaction, what undoes the batch: a {@code GraphImportBatch} node per label or type with the
 * keys of what the batch is about to create, and a {@code GraphImportUndo} node with the
 * before-image of each node or relationship it is about to change. {@link #undo} reverts a batch
 * from them.
 */
@Component
class ImportWriter {

	/** One transaction of a multi-transaction import, numbered from 1. */
	record Batch(String importId, int seq) {
	}

	/** A relationship type between two given labels: written, recorded and undone together. */
	record RelGroup(String type, NodeSpec from, NodeSpec to, List<String> identity, boolean versioned) {

		static RelGroup of(RelSpec spec, String fromLabel, String toLabel) {
			if (!spec.fromLabels().contains(fromLabel) || !spec.toLabels().contains(toLabel)) {
				throw new IllegalArgumentException(spec.type() + " does not link " + fromLabel + " to " + toLabel);
			}
			return new RelGroup(spec.type(), GraphModel.node(fromLabel), GraphModel.node(toLabel), spec.identity(),
					spec.versioned());
		}

		/** The SUPPORTED_BY relationships of a label's nodes; their credibility has no version. */
		static RelGroup supports(NodeSpec node) {
			return new RelGroup("SUPPORTED_BY", node, GraphModel.node("Source"), List.of(), false);
		}

		String name() {
			return type + ":" + from.label() + ":" + to.label();
		}

	}

	/** The positions of the node rows that created or changed something, and the keys of the nodes created. */
	record NodesWritten(List<Integer> positions, Set<Object> created) {
	}

	/** How many rows of a batch undo found, and how many it reverted. */
	record Undone(long deleted, long restored, long kept) {

		Undone plus(Undone other) {
			return new Undone(deleted + other.deleted, restored + other.restored, kept + other.kept);
		}

	}

	static final Undone NOTHING = new Undone(0, 0, 0);

	private final Neo4jClient client;

	ImportWriter(Neo4jClient client) {
		this.client = client;
	}

	// ------------------------------------------------------------------ writing

	/**
	 * The labels and relationship types among {@code targets} of which the graph holds nothing: their
	 * first write creates every row, so it needs no read of what the rows change. One statement for
	 * all, each found by its first element.
	 */
	Set<String> holdingNothing(Collection<? extends Target> targets) {
		var labels = targets.stream().filter(NodeSpec.class::isInstance).map(Target::name).distinct().toList();
		var types = targets.stream().filter(RelSpec.class::isInstance).map(Target::name).distinct().toList();
		var found = client.query("""
				RETURN [l IN $labels WHERE NOT EXISTS { MATCH (:$(l)) }]
				  + [t IN $types WHERE NOT EXISTS { MATCH ()-[:$(t)]->() }] AS empty""")
			.bindAll(Map.of("labels", labels, "types", types))
			.fetch()
			.one()
			.orElseThrow()
			.get("empty");
		return ((List<?>) found).stream().map(String.class::cast).collect(Collectors.toCollection(HashSet::new));
	}

	/**
	 * Merges node rows of one file and their SUPPORTED_BY relationships; for a batch, records first
	 * what undoes it. Rows equal to what is stored, their supports included, are not written.
	 * @param fresh the graph holds no node of the label: every row creates one, so none is read first
	 * @return the positions in {@code rows} of the rows that created or changed their node or one of
	 * its supports, in order, and the keys of the nodes created
	 */
	NodesWritten writeNodes(String file, NodeSpec spec, List<NodeRow> rows, Batch batch, boolean fresh) {
		boolean sourced = !spec.label().equals("Source");
		List<Map<String, Object>> nodeRows = new ArrayList<>();
		List<Map<String, Object>> supports = new ArrayList<>();
		for (NodeRow row : rows) {
			List<Map<String, Object>> rowSupports = new ArrayList<>();
			for (var support : row.supports()) {
				var s = new HashMap<String, Object>();
				s.put("key", row.key());
				s.put("source", support.source());
				s.put("credibility", support.credibility());
				rowSupports.add(s);
			}
			nodeRows.add(Map.of("key", row.key(), "props", row.props(), "supports", rowSupports));
			supports.addAll(rowSupports);
		}
		var nodes = recordNodes(spec, nodeRows, fresh);
		keepImages(nodeImages(spec), batch, spec.label(), (List<?>) nodes.get("changed"));
		record(batch, spec.label(), nodes);
		Set<Object> created = new HashSet<>((List<?>) nodes.get("keys"));
		Set<Object> changed = new HashSet<>(created);
		changed.addAll((List<?>) nodes.get("changed"));
		// a node the batch creates has no supports yet: only those of stored nodes are looked up
		var ofStoredNodes = supports.stream().filter(s -> !created.contains(s.get("key"))).toList();
		if (sourced && !ofStoredNodes.isEmpty()) {
			var group = RelGroup.supports(spec);
			var linked = run(recordSupports(spec), "supports", ofStoredNodes);
			expectWritten(file, ofStoredNodes.size(), (Long) linked.get("found"));
			keepImages(supportImages(spec), batch, group.name(), (List<?>) linked.get("images"));
			record(batch, group.name(), linked);
			changed.addAll((List<?>) linked.get("from"));
			changed.addAll((List<?>) linked.get("changed"));
		}
		List<Integer> written = IntStream.range(0, rows.size())
			.filter(i -> changed.contains(rows.get(i).key()))
			.boxed()
			.toList();
		if (written.isEmpty()) {
			return new NodesWritten(written, created);
		}
		// a node found missing a moment ago is created outright (one that appeared since breaks its key
		// constraint and fails the batch); the others are merged
		var toCreate = new ArrayList<Map<String, Object>>();
		var toMerge = new ArrayList<Map<String, Object>>();
		written.forEach(i -> (created.contains(rows.get(i).key()) ? toCreate : toMerge).add(nodeRows.get(i)));
		for (var part : List.of(toCreate, toMerge)) {
			if (part.isEmpty()) {
				continue;
			}
			var result = client.query((part == toCreate) ? createNodes(spec) : mergeNodes(spec))
				.bind(part)
				.to("rows")
				.fetch()
				.one()
				.orElseThrow();
			expectWritten(file, sourced ? part.stream().mapToLong(r -> ((List<?>) r.get("supports")).size()).sum()
					: part.size(), (Long) result.get("written"));
		}
		return new NodesWritten(written, created);
	}

	/**
	 * The keys of the rows whose node does not exist yet ({@code keys}) and of those whose node is
	 * about to change ({@code changed}). The keys are looked up alone first: a large import mostly
	 * creates nodes, and only the rows of stored nodes need their properties sent to be compared.
	 * @param fresh the graph holds no node of the label: every row creates one, so none is looked up
	 */
	private Map<String, Object> recordNodes(NodeSpec spec, List<Map<String, Object>> nodeRows, boolean fresh) {
		var keys = nodeRows.stream().map(row -> row.get("key")).toList();
		Set<Object> stored = fresh ? new HashSet<>()
				: new HashSet<>((List<?>) run(storedNodes(spec), "keys", keys).get("stored"));
		if (stored.isEmpty()) {
			return Map.of("keys", keys, "changed", List.of());
		}
		var storedRows = nodeRows.stream().filter(row -> stored.contains(row.get("key"))).toList();
		var found = run(changedNodes(spec), "rows", storedRows);
		stored.removeAll((List<?>) found.get("gone"));
		return Map.of("keys", keys.stream().filter(key -> !stored.contains(key)).toList(), "changed",
				found.get("changed"));
	}

	/**
	 * Merges relationship rows of one file, grouped by the labels they link; for a batch, records first
	 * what undoes it. Rows equal to what is stored are not written.
	 * @param fresh the graph holds no relationship of the type: every row creates one, so none is read first
	 * @param ofCreatedNode rows with a node this import created, whose relationship cannot be stored
	 * unless an earlier row of the import gave it: not read first either, unless versioned
	 * @return the positions in {@code rows} of the rows that created or changed their relationship, in order
	 */
	List<Integer> writeRelationships(String file, RelSpec spec, List<RelRow> rows, Batch batch, boolean fresh,
			Predicate<RelRow> ofCreatedNode) {
		Map<RelGroup, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
		Map<RelGroup, List<Map<String, Object>>> knownNew = new HashMap<>();
		Map<RelGroup, List<Map<String, Object>>> toRead = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			RelRow row = rows.get(i);
			var group = RelGroup.of(spec, row.fromLabel(), row.toLabel());
			var mapped = Map.<String, Object>of("i", i, "from", row.from(), "to", row.to(), "props", row.props());
			byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(mapped);
			// a versioned one is read all the same: a file may give the same relationship twice, in two
			// batches, and the second row's new version needs its before-image for a rollback
			boolean known = fresh || !group.versioned() && ofCreatedNode.test(row);
			(known ? knownNew : toRead).computeIfAbsent(group, g -> new ArrayList<>()).add(mapped);
		}
		List<Integer> written = new ArrayList<>();
		byGroup.forEach((group, groupRows) -> {
			var found = created(group, knownNew.getOrDefault(group, List.of()));
			if (toRead.containsKey(group)) {
				found = plus(found, run(recordRelationships(group), "rows", toRead.get(group)));
			}
			expectWritten(file, groupRows.size(), (Long) found.get("found"));
			keepImages(relationshipImages(group), batch, group.name(), (List<?>) found.get("images"));
			record(batch, group.name(), found);
			List<?> changed = (List<?>) found.get("write");
			if (changed.isEmpty()) {
				return;
			}
			Set<Long> positions = changed.stream().map(i -> ((Number) i).longValue()).collect(Collectors.toSet());
			var toWrite = groupRows.stream().filter(r -> positions.contains(((Number) r.get("i")).longValue())).toList();
			var result = client.query(mergeRelationships(group)).bind(toWrite).to("rows").fetch().one().orElseThrow();
			expectWritten(file, toWrite.size(), (Long) result.get("written"));
			toWrite.forEach(r -> written.add((Integer) r.get("i")));
		});
		written.sort(null);
		return written;
	}

	/**
	 * What {@link #recordRelationships} finds for rows that all create their relationship; {@code found}
	 * is left to the write, which matches their nodes.
	 */
	private static Map<String, Object> created(RelGroup group, List<Map<String, Object>> groupRows) {
		var found = new HashMap<String, Object>();
		found.put("from", groupRows.stream().map(r -> r.get("from")).toList());
		found.put("to", groupRows.stream().map(r -> r.get("to")).toList());
		group.identity().forEach(p -> found.put(p, groupRows.stream().map(r -> ((Map<?, ?>) r.get("props")).get(p)).toList()));
		found.put("write", groupRows.stream().map(r -> r.get("i")).toList());
		found.put("found", (long) groupRows.size());
		return found;
	}

	/** Two findings of {@link #recordRelationships} about different rows of a group, as one. */
	private static Map<String, Object> plus(Map<String, Object> known, Map<String, Object> read) {
		var found = new HashMap<String, Object>();
		read.forEach((name, value) -> found.put(name, (value instanceof List<?> list)
				? concat((List<?>) known.getOrDefault(name, List.of()), list)
				: (Long) known.get(name) + (Long) value));
		return found;
	}

	private static List<Object> concat(List<?> first, List<?> second) {
		var both = new ArrayList<Object>(first);
		both.addAll(second);
		return both;
	}

	/**
	 * A CALLS_AT file gives the whole call list of each route in it: calls it does not list go.
	 * @param callsByRoute route id -> its calls as {@code {seq, port}}
	 */
	void removeStaleCalls(Map<String, List<Map<String, Object>>> callsByRoute) {
		var routes = callsByRoute.entrySet()
			.stream()
			.map(r -> Map.<String, Object>of("id", r.getKey(), "calls", r.getValue()))
			.toList();
		client.query("""
				UNWIND $routes AS route
				MATCH (:TraffickingRoute {id: route.id})-[c:CALLS_AT]->(p:Port)
				WHERE NOT {seq: c.seq, port: p.locode} IN route.calls
				DELETE c""").bind(routes).to("routes").run();
	}

	// Statements are kept plain: each label and type has its own, planned once per run of the app,
	// and a plan costs more the more clauses it has. They find their rows by key through the key
	// constraints whatever the graph holds, so they are never planned again as the import grows the
	// graph: without replan=skip, Neo4j plans them again each time the counts have moved enough, which
	// took a quarter of a large import's time.
	private static final String PLANNED_ONCE = "CYPHER replan=skip\n";

	/**
	 * Sets each property by name rather than {@code n += row.props} (the same on a new node, where a
	 * null sets nothing): a write of properties the statement cannot name conflicts with its reads of
	 * Source ids, which Neo4j resolves with an Eager operator buffering the whole batch.
	 */
	private static String createNodes(NodeSpec spec) {
		String props = spec.properties()
			.stream()
			.map(p -> "n.`%1$s` = row.props.`%1$s`, ".formatted(p.name()))
			.collect(Collectors.joining());
		return nodeStatement(spec, """
				UNWIND $rows AS row
				CREATE (n:%s {%s: row.key})
				SET %sn.version = 1
				""".formatted(spec.label(), spec.key().name(), props), """
				CREATE (n)-[:SUPPORTED_BY {credibility: s.credibility}]->(src)
				""");
	}

	private static String mergeNodes(NodeSpec spec) {
		return nodeStatement(spec, """
				UNWIND $rows AS row
				MERGE (n:%s {%s: row.key})
				FOREACH (_ IN CASE WHEN n.version IS NULL OR %s THEN [1] ELSE [] END |
				  SET n += row.props, n.version = coalesce(n.version, 0) + 1)
				""".formatted(spec.label(), spec.key().name(), differs("n", "row.props")), """
				MERGE (n)-[r:SUPPORTED_BY]->(src)
				FOREACH (_ IN CASE WHEN %s THEN [1] ELSE [] END | SET r.credibility = s.credibility)
				""".formatted(credibilityDiffers()));
	}

	/** Writes nodes {@code n} of {@code row}s, then for a label with sources each support {@code s} to {@code src}. */
	private static String nodeStatement(NodeSpec spec, String nodes, String supports) {
		return PLANNED_ONCE + nodes + (spec.label().equals("Source") ? "" : """
				WITH n, row
				UNWIND row.supports AS s
				MATCH (src:Source {id: s.source})
				""" + supports) + "RETURN count(*) AS written";
	}

	private static String mergeRelationships(RelGroup group) {
		return PLANNED_ONCE + """
				UNWIND $rows AS row
				MATCH (a:%s {%s: row.from})
				MATCH (b:%s {%s: row.to})
				MERGE (a)-[r:%s%s]->(b)
				FOREACH (_ IN CASE WHEN %s THEN [1] ELSE [] END | SET r += row.props%s)
				RETURN count(*) AS written"""
			.formatted(group.from().label(), group.from().key().name(), group.to().label(), group.to().key().name(),
					group.type(), identity(group), relationshipChanged(group),
					group.versioned() ? ", r.version = coalesce(r.version, 0) + 1" : "");
	}

	// Finding what a batch changes is a read of its own, and the before-images of what it changes are
	// written by another statement, for those rows alone: a statement that reads a label and writes
	// nodes with properties it cannot name (an image) is planned with an Eager operator, which
	// buffers every row of the batch, even when nothing changes, as in most large imports.

	/** Which of {@code $keys} are keys of stored nodes. */
	private static String storedNodes(NodeSpec spec) {
		return PLANNED_ONCE + """
				UNWIND $keys AS key
				MATCH (n:%s {%s: key})
				RETURN collect(key) AS stored""".formatted(spec.label(), spec.key().name());
	}

	/**
	 * The keys of the rows, all of stored nodes a moment ago, whose node is about to change, and of
	 * those whose node is gone since (created again, as new).
	 */
	private static String changedNodes(NodeSpec spec) {
		return PLANNED_ONCE + """
				UNWIND $rows AS row
				OPTIONAL MATCH (n:%s {%s: row.key})
				WITH row, n, n IS NOT NULL AND (n.version IS NULL OR %s) AS changed
				RETURN collect(CASE WHEN n IS NULL THEN row.key END) AS gone,
				  collect(CASE WHEN changed THEN row.key END) AS changed"""
			.formatted(spec.label(), spec.key().name(), differs("n", "row.props"));
	}

	/** The before-image of the nodes whose keys are in {@code $images}. */
	private static String nodeImages(NodeSpec spec) {
		return """
				UNWIND $images AS key
				MATCH (n:%s {%s: key})
				CREATE (u:GraphImportUndo)
				SET u = properties(n), u.`__import` = $import, u.`__batch` = $batch, u.`__group` = $group,
				  u.`__key` = key"""
			.formatted(spec.label(), spec.key().name());
	}

	/**
	 * The SUPPORTED_BY relationships of existing nodes that do not exist yet and the keys of the nodes
	 * whose credibility is about to change, with those supports ({@code images}); a node the batch
	 * creates loses its own with it. Given the supports of stored nodes only; {@code found}: those
	 * whose node and source exist.
	 */
	private static String recordSupports(NodeSpec spec) {
		return PLANNED_ONCE + """
				UNWIND $supports AS s
				MATCH (n:%s {%s: s.key})
				MATCH (src:Source {id: s.source})
				OPTIONAL MATCH (n)-[r:SUPPORTED_BY]->(src)
				WITH s, r, r IS NOT NULL AND %s AS changed
				RETURN collect(CASE WHEN r IS NULL THEN s.key END) AS from,
				  collect(CASE WHEN r IS NULL THEN s.source END) AS to,
				  collect(CASE WHEN changed THEN s.key END) AS changed,
				  collect(CASE WHEN changed THEN s END) AS images, count(*) AS found"""
			.formatted(spec.label(), spec.key().name(), credibilityDiffers());
	}

	/** The before-image of the supports {@code s} in {@code $images}. */
	private static String supportImages(NodeSpec spec) {
		return """
				UNWIND $images AS s
				MATCH (:%s {%s: s.key})-[r:SUPPORTED_BY]->(:Source {id: s.source})
				CREATE (u:GraphImportUndo)
				SET u = properties(r), u.`__import` = $import, u.`__batch` = $batch, u.`__group` = $group,
				  u.`__from` = s.key, u.`__to` = s.source"""
			.formatted(spec.label(), spec.key().name());
	}

	/**
	 * The relationships that do not exist yet, and the rows of those about to change
	 * ({@code images}); {@code write}: the positions of the rows of either kind, {@code found}: the
	 * rows whose two nodes exist.
	 */
	private static String recordRelationships(RelGroup group) {
		String createdIdentity = group.identity()
			.stream()
			.map(p -> ", collect(CASE WHEN r IS NULL THEN row.props." + p + " END) AS " + p)
			.collect(Collectors.joining());
		return PLANNED_ONCE + """
				UNWIND $rows AS row
				MATCH (a:%s {%s: row.from})
				MATCH (b:%s {%s: row.to})
				OPTIONAL MATCH (a)-[r:%s%s]->(b)
				WITH row, r, r IS NOT NULL AND (%s) AS changed
				RETURN collect(CASE WHEN r IS NULL THEN row.from END) AS from,
				  collect(CASE WHEN r IS NULL THEN row.to END) AS to%s,
				  collect(CASE WHEN r IS NULL OR changed THEN row.i END) AS write,
				  collect(CASE WHEN changed THEN row END) AS images, count(*) AS found"""
			.formatted(group.from().label(), group.from().key().name(), group.to().label(), group.to().key().name(),
					group.type(), identity(group), relationshipChanged(group), createdIdentity);
	}

	/** The before-image of the relationships of the rows in {@code $images}. */
	private static String relationshipImages(RelGroup group) {
		return """
				UNWIND $images AS row
				MATCH (:%s {%s: row.from})-[r:%s%s]->(:%s {%s: row.to})
				CREATE (u:GraphImportUndo)
				SET u = properties(r), u.`__import` = $import, u.`__batch` = $batch, u.`__group` = $group,
				  u.`__from` = row.from, u.`__to` = row.to"""
			.formatted(group.from().label(), group.from().key().name(), group.type(), identity(group),
					group.to().label(), group.to().key().name());
	}

	/** The properties that tell apart several relationships of the group between the same two nodes. */
	private static String identity(RelGroup group) {
		return group.identity().isEmpty() ? ""
				: group.identity().stream().map(p -> p + ": row.props." + p).collect(Collectors.joining(", ", " {", "}"));
	}

	private static String relationshipChanged(RelGroup group) {
		return (group.versioned() ? "r.version IS NULL OR " : "") + differs("r", "row.props");
	}

	/** Whether any property of the row differs from the stored one; a null row value removes it. */
	private static String differs(String element, String props) {
		return "any(k IN keys(%2$s) WHERE NOT coalesce(%1$s[k] = %2$s[k], %1$s[k] IS NULL AND %2$s[k] IS NULL))"
			.formatted(element, props);
	}

	private static String credibilityDiffers() {
		return "NOT coalesce(r.credibility = s.credibility, r.credibility IS NULL AND s.credibility IS NULL)";
	}

	private static void expectWritten(String file, long rows, long written) {
		if (written < rows) {
			throw new IllegalStateException(file + ": " + (rows - written) + " of " + rows
					+ " rows were not written: a node they name is no longer in the graph");
		}
	}

	/**
	 * Keeps the before-image of what a batch is about to change, as a record statement found it, so
	 * that undo can restore it; nothing outside a batch.
	 */
	private void keepImages(String cypher, Batch batch, String group, List<?> images) {
		if (batch == null || images == null || images.isEmpty()) {
			return;
		}
		client.query(cypher)
			.bindAll(Map.of("import", batch.importId(), "batch", batch.seq(), "group", group, "images", images))
			.run();
	}

	/** Records what a batch created, so that undo can delete it; nothing outside a batch. */
	private void record(Batch batch, String group, Map<String, Object> found) {
		// every list of a record has one item per element created
		List<?> items = (List<?>) found.getOrDefault("keys", found.get("from"));
		if (batch == null || items.isEmpty()) {
			return;
		}
		var record = new HashMap<>(found);
		record.keySet().removeAll(List.of("changed", "images", "write", "found"));
		record.put("import", batch.importId());
		record.put("batch", batch.seq());
		record.put("group", group);
		client.query("CREATE (b:GraphImportBatch) SET b = $record").bind(record).to("record").run();
	}

	// ------------------------------------------------------------------ undoing

	/**
	 * Reverts one batch in the caller's transaction and deletes its records: what it created is
	 * deleted, what it changed gets its before-image back. A node or versioned relationship that
	 * someone else changed since (its version moved on) is kept as it is and counted in
	 * {@link Undone#kept()}.
	 */
	Undone undo(String importId, int seq) {
		var keys = Map.<String, Object>of("import", importId, "batch", seq);
		Map<String, Map<String, Object>> created = new HashMap<>();
		client.query("MATCH (b:GraphImportBatch {import: $import, batch: $batch}) RETURN b.group AS group, "
				+ "properties(b) AS record")
			.bindAll(keys)
			.fetch()
			.all()
			.forEach(r -> created.put((String) r.get("group"), asMap(r.get("record"))));
		var groups = new TreeSet<String>(created.keySet());
		groups.addAll(client
			.query("MATCH (u:GraphImportUndo {`__import`: $import, `__batch`: $batch}) RETURN DISTINCT u.`__group`")
			.bindAll(keys)
			.fetchAs(String.class)
			.all());
		var undone = NOTHING;
		// relationships before nodes, so that a node deleted here no longer has any of this batch's
		for (String group : groups.stream().sorted(Comparator.comparing((String g) -> !g.contains(":"))).toList()) {
			undone = undone.plus(group.contains(":") ? undoRelationships(relGroup(group), created.get(group), keys)
					: undoNodes(GraphModel.node(group), group, created.get(group), keys));
		}
		client.query("MATCH (b:GraphImportBatch {import: $import, batch: $batch}) DELETE b").bindAll(keys).run();
		return undone;
	}

	private Undone undoNodes(NodeSpec spec, String group, Map<String, Object> created, Map<String, Object> keys) {
		if (spec == null) {
			throw new IllegalStateException("Undo data names an unknown label: " + group);
		}
		long deleted = 0;
		long kept = 0;
		if (created != null) {
			List<?> createdKeys = (List<?>) created.get("keys");
			deleted = count(client.query("""
					UNWIND $keys AS k
					MATCH (n:%s {%s: k}) WHERE n.version = 1
					DETACH DELETE n
					RETURN count(*)""".formatted(spec.label(), spec.key().name())).bind(createdKeys).to("keys"));
			kept = createdKeys.size() - deleted;
		}
		var images = restore("""
				MATCH (u:GraphImportUndo {`__import`: $import, `__batch`: $batch, `__group`: $group})
				OPTIONAL MATCH (e:%s {%s: u.`__key`})
				WITH u, e, e IS NOT NULL AND e.version = coalesce(u.version, 0) + 1 AS restorable
				""".formatted(spec.label(), spec.key().name()), group, keys);
		return new Undone(deleted, images.restored(), kept + images.kept());
	}

	private Undone undoRelationships(RelGroup group, Map<String, Object> created, Map<String, Object> keys) {
		String identity = group.identity().isEmpty() ? ""
				: group.identity()
					.stream()
					.map(p -> p + ": $record." + p + "[i]")
					.collect(Collectors.joining(", ", " {", "}"));
		long deleted = 0;
		long kept = 0;
		if (created != null) {
			deleted = count(client.query("""
					UNWIND range(0, size($record.from) - 1) AS i
					MATCH (:%s {%s: $record.from[i]})-[r:%s%s]->(:%s {%s: $record.to[i]})%s
					DELETE r
					RETURN count(*)""".formatted(group.from().label(), group.from().key().name(), group.type(), identity,
					group.to().label(), group.to().key().name(), group.versioned() ? " WHERE r.version = 1" : ""))
				.bind(created)
				.to("record"));
			kept = ((List<?>) created.get("from")).size() - deleted;
		}
		String imageIdentity = group.identity().isEmpty() ? ""
				: group.identity().stream().map(p -> p + ": u." + p).collect(Collectors.joining(", ", " {", "}"));
		var images = restore("""
				MATCH (u:GraphImportUndo {`__import`: $import, `__batch`: $batch, `__group`: $group})
				OPTIONAL MATCH (:%s {%s: u.`__from`})-[e:%s%s]->(:%s {%s: u.`__to`})
				WITH u, e, e IS NOT NULL%s AS restorable
				""".formatted(group.from().label(), group.from().key().name(), group.type(), imageIdentity,
				group.to().label(), group.to().key().name(),
				group.versioned() ? " AND e.version = coalesce(u.version, 0) + 1" : ""), group.name(), keys);
		return new Undone(deleted, images.restored(), kept + images.kept());
	}

	/** Puts the before-images back on the elements {@code e} the match found restorable. */
	private Undone restore(String match, String group, Map<String, Object> keys) {
		var parameters = new HashMap<>(keys);
		parameters.put("group", group);
		var result = client.query(match + """
				CALL (u, e, restorable) {
				  WITH * WHERE restorable
				  SET e = properties(u)
				  REMOVE e.`__import`, e.`__batch`, e.`__group`, e.`__key`, e.`__from`, e.`__to`
				}
				DELETE u
				RETURN count(*) AS images, sum(CASE WHEN restorable THEN 1 ELSE 0 END) AS restored""")
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow();
		long images = (Long) result.get("images");
		long restored = (Long) result.get("restored");
		return new Undone(0, restored, images - restored);
	}

	/** The group a record or before-image names, checked against the graph model. */
	private static RelGroup relGroup(String name) {
		String[] parts = name.split(":");
		if (parts.length == 3 && parts[0].equals("SUPPORTED_BY") && GraphModel.node(parts[1]) != null
				&& parts[2].equals("Source")) {
			return RelGroup.supports(GraphModel.node(parts[1]));
		}
		RelSpec spec = (parts.length == 3) ? GraphModel.relationship(parts[0]) : null;
		if (spec == null) {
			throw new IllegalStateException("Undo data names an unknown relationship type: " + name);
		}
		return RelGroup.of(spec, parts[1], parts[2]);
	}

	// ------------------------------------------------------------------ helpers

	/** Runs a statement that finds what rows create or change, and returns its one row. */
	private Map<String, Object> run(String cypher, String name, Object rows) {
		return client.query(cypher).bind(rows).to(name).fetch().one().orElseThrow();
	}

	private static long count(Neo4jClient.RunnableSpec spec) {
		return spec.fetchAs(Long.class).one().orElse(0L);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

}
