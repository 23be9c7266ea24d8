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
 * row equal to what is stored changes nothing and is not written. Each write returns the positions
 * of the rows that created or changed something, so that only those mark places for their seizure
 * totals to be computed again; it reads what the rows change in the statement that writes them, and
 * not at all when the graph holds nothing of the label or type yet. Given a {@link Batch} of a
 * multi-transaction import, the same statement records, in the batch's transaction, what undoes the
 * batch: a {@code GraphImportBatch} node per label or type with the keys of what the batch creates,
 * and a {@code GraphImportUndo} node with the before-image of each node or relationship it changes,
 * taken before the change. {@link #undo} reverts a batch from them.
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
	 * Merges node rows of one file and their SUPPORTED_BY relationships; for a batch, records in the
	 * same statement what undoes it. Rows equal to what is stored, their supports included, are not
	 * written.
	 * @param fresh the graph holds no node of the label: every row creates one, so none is read first
	 * @return the positions in {@code rows} of the rows that created or changed their node or one of
	 * its supports, in order
	 */
	List<Integer> writeNodes(String file, NodeSpec spec, List<NodeRow> rows, Batch batch, boolean fresh) {
		boolean sourced = !spec.label().equals("Source");
		List<Map<String, Object>> nodeRows = new ArrayList<>();
		long supports = 0;
		for (int i = 0; i < rows.size(); i++) {
			NodeRow row = rows.get(i);
			List<Map<String, Object>> rowSupports = new ArrayList<>();
			for (var support : row.supports()) {
				var s = new HashMap<String, Object>();
				s.put("key", row.key());
				s.put("source", support.source());
				s.put("credibility", support.credibility());
				rowSupports.add(s);
			}
			nodeRows.add(Map.of("i", i, "key", row.key(), "props", row.props(), "supports", rowSupports));
			supports += rowSupports.size();
		}
		if (fresh) {
			var result = client.query(createNodes(spec)).bind(nodeRows).to("rows").fetch().one().orElseThrow();
			expectWritten(file, sourced ? supports : rows.size(), (Long) result.get("written"));
			record(batch, spec.label(), Map.of("keys", rows.stream().map(NodeRow::key).toList()));
			return IntStream.range(0, rows.size()).boxed().toList();
		}
		var group = RelGroup.supports(spec);
		var result = run(writeNodes(spec), batch, spec.label(), Map.of("rows", nodeRows, "supports", group.name()));
		expectWritten(file, supports, (Long) result.get("found"));
		// supports added to stored nodes: few, recorded apart
		List<Object> from = new ArrayList<>();
		List<Object> to = new ArrayList<>();
		for (Object linked : (List<?>) result.get("linked")) {
			var node = (Map<?, ?>) linked;
			for (Object source : (List<?>) node.get("sources")) {
				from.add(node.get("key"));
				to.add(source);
			}
		}
		record(batch, group.name(), Map.of("from", from, "to", to));
		return positions(result.get("written"));
	}

	/**
	 * Merges relationship rows of one file, grouped by the labels they link; for a batch, records in
	 * the same statement what undoes it. Rows equal to what is stored are not written.
	 * @param fresh the graph holds no relationship of the type: every row creates one, so none is read first
	 * @return the positions in {@code rows} of the rows that created or changed their relationship, in order
	 */
	List<Integer> writeRelationships(String file, RelSpec spec, List<RelRow> rows, Batch batch, boolean fresh) {
		Map<RelGroup, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			RelRow row = rows.get(i);
			byGroup.computeIfAbsent(RelGroup.of(spec, row.fromLabel(), row.toLabel()), g -> new ArrayList<>())
				.add(Map.of("i", i, "from", row.from(), "to", row.to(), "props", row.props()));
		}
		List<Integer> written = new ArrayList<>();
		byGroup.forEach((group, groupRows) -> {
			if (fresh) {
				var result = client.query(mergeRelationships(group)).bind(groupRows).to("rows").fetch().one().orElseThrow();
				expectWritten(file, groupRows.size(), (Long) result.get("written"));
				record(batch, group.name(), created(group, groupRows));
				groupRows.forEach(r -> written.add((Integer) r.get("i")));
				return;
			}
			var result = run(writeRelationships(group), batch, group.name(), Map.of("rows", groupRows));
			expectWritten(file, groupRows.size(), (Long) result.get("found"));
			written.addAll(positions(result.get("written")));
		});
		written.sort(null);
		return written;
	}

	private static List<Integer> positions(Object list) {
		return ((List<?>) list).stream().map(i -> ((Number) i).intValue()).toList();
	}

	/** The record of a batch whose rows all created their relationship (see {@link #recordCreated}). */
	private static Map<String, Object> created(RelGroup group, List<Map<String, Object>> groupRows) {
		var found = new HashMap<String, Object>();
		found.put("from", groupRows.stream().map(r -> r.get("from")).toList());
		found.put("to", groupRows.stream().map(r -> r.get("to")).toList());
		group.identity().forEach(p -> found.put(p, groupRows.stream().map(r -> ((Map<?, ?>) r.get("props")).get(p)).toList()));
		return found;
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

	/** Nodes of a label that holds none yet, with their supports. */
	private static String createNodes(NodeSpec spec) {
		return PLANNED_ONCE + """
				UNWIND $rows AS row
				CREATE (n:%s {%s: row.key})
				SET n += row.props, n.version = 1
				""".formatted(spec.label(), spec.key().name()) + (spec.label().equals("Source") ? "" : """
				WITH n, row
				UNWIND row.supports AS s
				MATCH (src:Source {id: s.source})
				CREATE (n)-[:SUPPORTED_BY {credibility: s.credibility}]->(src)
				""") + "RETURN count(*) AS written";
	}

	/**
	 * Relationships of a type that holds none yet, merged still: a file may name the same one twice.
	 */
	private static String mergeRelationships(RelGroup group) {
		return PLANNED_ONCE + """
				UNWIND $rows AS row
				MATCH (a:%s {%s: row.from})
				MATCH (b:%s {%s: row.to})
				MERGE (a)-[r:%s%s]->(b)
				FOREACH (_ IN CASE WHEN %s THEN [1] ELSE [] END | SET r += row.props%s)
				RETURN count(*) AS written"""
			.formatted(group.from().label(), group.from().key().name(), group.to().label(), group.to().key().name(),
					group.type(), identity(group), relationshipChanged(group, "r"), newVersion(group, "r"));
	}

	/**
	 * One statement per batch, each key looked up once: the row's node is read, created with its
	 * supports when missing, otherwise updated when a property differs, after its before-image is
	 * recorded for a batch ({@code $import} not null), and each of its supports {@code s} likewise.
	 * What the batch creates is recorded at the end. {@code written}: the positions of the rows that created or changed their
	 * node or a support; {@code linked}: the new supports of stored nodes, to record; {@code found}:
	 * the supports whose source exists.
	 */
	private static String writeNodes(NodeSpec spec) {
		boolean sourced = !spec.label().equals("Source");
		// each subquery that may filter out its row aggregates, so that it gives one row whatever
		return PLANNED_ONCE + """
				UNWIND $rows AS row
				OPTIONAL MATCH (stored:%1$s {%2$s: row.key})
				WITH row, stored, stored IS NULL AS missing,
				  stored IS NOT NULL AND (stored.version IS NULL OR %3$s) AS changed
				CALL (stored, row, changed) {
				  WITH * WHERE changed
				  CALL (stored, row) {
				    WITH * WHERE $import IS NOT NULL
				    CREATE (u:GraphImportUndo)
				    SET u = properties(stored), u.`__import` = $import, u.`__batch` = $batch, u.`__group` = $group,
				      u.`__key` = row.key
				  }
				  SET stored += row.props, stored.version = coalesce(stored.version, 0) + 1
				}
				CALL (row, missing) {
				  WITH * WHERE missing
				  CREATE (n:%1$s {%2$s: row.key})
				  SET n += row.props, n.version = 1
				""".formatted(spec.label(), spec.key().name(), differs("stored", "row.props")) + (sourced ? """
				  WITH n, row
				  UNWIND row.supports AS s
				  MATCH (src:Source {id: s.source})
				  CREATE (n)-[:SUPPORTED_BY {credibility: s.credibility}]->(src)
				  RETURN count(*) AS supportsCreated
				}
				CALL (stored, row) {
				  WITH * WHERE stored IS NOT NULL
				  UNWIND row.supports AS s
				  MATCH (src:Source {id: s.source})
				  OPTIONAL MATCH (stored)-[r:SUPPORTED_BY]->(src)
				  WITH stored, src, s, r, r IS NOT NULL AND %s AS regraded
				  CALL (r, s, regraded) {
				    WITH * WHERE regraded
				    CALL (r, s) {
				      WITH * WHERE $import IS NOT NULL
				      CREATE (u:GraphImportUndo)
				      SET u = properties(r), u.`__import` = $import, u.`__batch` = $batch, u.`__group` = $supports,
				        u.`__from` = s.key, u.`__to` = s.source
				    }
				    SET r.credibility = s.credibility
				  }
				  CALL (stored, src, s, r) {
				    WITH * WHERE r IS NULL
				    MERGE (stored)-[m:SUPPORTED_BY]->(src)
				    SET m.credibility = s.credibility
				  }
				  RETURN count(*) AS supportsFound, count(CASE WHEN regraded THEN 1 END) AS regraded,
				    collect(CASE WHEN r IS NULL THEN s.source END) AS linked
				}
				WITH row, missing, changed, regraded, linked,
				  CASE WHEN missing THEN supportsCreated ELSE supportsFound END AS found
				""".formatted(credibilityDiffers()) : """
				  RETURN count(*) AS created
				}
				WITH row, missing, changed, 0 AS regraded, [] AS linked, 0 AS found
				""") + """
				WITH collect(CASE WHEN missing THEN row.key END) AS keys,
				  collect(CASE WHEN missing OR changed OR regraded > 0 OR size(linked) > 0 THEN row.i END) AS written,
				  collect(CASE WHEN size(linked) > 0 THEN {key: row.key, sources: linked} END) AS linked,
				  sum(found) AS found
				CALL (keys) {
				  WITH * WHERE $import IS NOT NULL AND size(keys) > 0
				  CREATE (b:GraphImportBatch)
				  SET b.import = $import, b.batch = $batch, b.group = $group, b.keys = keys
				}
				RETURN written, linked, found""";
	}

	/**
	 * One statement per batch of a relationship group, each key looked up once: the relationship is
	 * read, merged when missing, otherwise updated when a property differs, after its before-image is
	 * recorded for a batch ({@code $import} not null). What the batch creates is recorded at the end.
	 * {@code written}: the positions of the rows that created or changed their relationship;
	 * {@code found}: the rows whose two nodes exist.
	 */
	private static String writeRelationships(RelGroup group) {
		String createdIdentity = group.identity()
			.stream()
			.map(p -> ", collect(CASE WHEN r IS NULL THEN row.props." + p + " END) AS " + p)
			.collect(Collectors.joining());
		String recordedIdentity = group.identity().stream().map(p -> ", b." + p + " = " + p).collect(Collectors.joining());
		return PLANNED_ONCE + """
				UNWIND $rows AS row
				MATCH (a:%1$s {%2$s: row.from})
				MATCH (b:%3$s {%4$s: row.to})
				OPTIONAL MATCH (a)-[r:%5$s%6$s]->(b)
				WITH row, a, b, r, r IS NOT NULL AND (%7$s) AS changed
				CALL (r, row, changed) {
				  WITH * WHERE changed
				  CALL (r, row) {
				    WITH * WHERE $import IS NOT NULL
				    CREATE (u:GraphImportUndo)
				    SET u = properties(r), u.`__import` = $import, u.`__batch` = $batch, u.`__group` = $group,
				      u.`__from` = row.from, u.`__to` = row.to
				  }
				  SET r += row.props%8$s
				}
				CALL (a, b, row, r) {
				  WITH * WHERE r IS NULL
				  MERGE (a)-[m:%5$s%6$s]->(b)
				  FOREACH (_ IN CASE WHEN %9$s THEN [1] ELSE [] END | SET m += row.props%10$s)
				}
				WITH collect(CASE WHEN r IS NULL THEN row.from END) AS from,
				  collect(CASE WHEN r IS NULL THEN row.to END) AS to%11$s,
				  collect(CASE WHEN r IS NULL OR changed THEN row.i END) AS written, count(*) AS found
				CALL (*) {
				  WITH * WHERE $import IS NOT NULL AND size(from) > 0
				  CREATE (b:GraphImportBatch)
				  SET b.import = $import, b.batch = $batch, b.group = $group, b.from = from, b.to = to%12$s
				}
				RETURN written, found"""
			.formatted(group.from().label(), group.from().key().name(), group.to().label(), group.to().key().name(),
					group.type(), identity(group), relationshipChanged(group, "r"), newVersion(group, "r"),
					relationshipChanged(group, "m"), newVersion(group, "m"), createdIdentity, recordedIdentity);
	}

	/** The properties that tell apart several relationships of the group between the same two nodes. */
	private static String identity(RelGroup group) {
		return group.identity().isEmpty() ? ""
				: group.identity().stream().map(p -> p + ": row.props." + p).collect(Collectors.joining(", ", " {", "}"));
	}

	private static String relationshipChanged(RelGroup group, String r) {
		return (group.versioned() ? r + ".version IS NULL OR " : "") + differs(r, "row.props");
	}

	private static String newVersion(RelGroup group, String r) {
		return group.versioned() ? ", %1$s.version = coalesce(%1$s.version, 0) + 1".formatted(r) : "";
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
	 * Records what a batch created, so that undo can delete it; nothing outside a batch. The statements
	 * that read what rows change record it themselves.
	 */
	private void record(Batch batch, String group, Map<String, Object> found) {
		// every list of a record has one item per element created
		List<?> items = (List<?>) found.getOrDefault("keys", found.get("from"));
		if (batch == null || items.isEmpty()) {
			return;
		}
		var record = new HashMap<>(found);
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

	/** Runs a statement that writes rows, recording undo data for a batch, and returns its one row. */
	private Map<String, Object> run(String cypher, Batch batch, String group, Map<String, Object> rows) {
		var parameters = new HashMap<String, Object>(rows);
		parameters.put("import", (batch == null) ? null : batch.importId());
		parameters.put("batch", (batch == null) ? null : batch.seq());
		parameters.put("group", group);
		return client.query(cypher)
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow();
	}

	private static long count(Neo4jClient.RunnableSpec spec) {
		return spec.fetchAs(Long.class).one().orElse(0L);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

}
