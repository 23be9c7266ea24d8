package org.liaisongraph.edit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.liaisongraph.api.Problems;
import org.liaisongraph.audit.AuditLog;
import org.liaisongraph.audit.AuditRecord;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.PropertySpec;
import org.liaisongraph.edit.EditSupport.SourceChoice;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Adds, changes and removes facts held on relationships, each with its version, source and audit
 * entry, in one transaction. The audit entry is filed under the fact's first end and names the
 * other as related.
 */
@Service
class FactEditor {

	private final Neo4jClient client;

	private final EditSupport support;

	private final AuditLog auditLog;

	FactEditor(Neo4jClient client, EditSupport support, AuditLog auditLog) {
		this.client = client;
		this.support = support;
		this.auditLog = auditLog;
	}

	Map<String, Object> add(FactForm form, Map<String, Object> input, String user) {
		return support.inTransaction(status -> {
			var problems = new Problems();
			Ends ends = ends(form, input, problems);
			Map<String, Object> identity = properties(form.identityProperties(), input, true, problems);
			Map<String, Object> values = properties(form.valueProperties(), input, true, problems);
			SourceChoice source = support.source(input.get("source"), true, problems);
			if (problems.isEmpty() && current(form, ends, identity, false).isPresent()) {
				problems.badRequest("input." + form.toField(), "this " + form.name() + " already exists; update it instead");
			}
			problems.throwIfAny();

			support.writeSource(source);
			client
				.query(match(form, ends) + " CREATE (a)-[r:" + form.type()
						+ "]->(b) SET r += $identity, r += $values, r.source = $source, r.version = 1")
				.bindAll(parameters(ends, identity, Map.of("values", values, "source", source.id())))
				.run();
			Map<String, Object> after = state(identity, values);
			after.put("source", source.id());
			return finish(form, ends, "add", null, after, source, user);
		});
	}

	Map<String, Object> update(FactForm form, Map<String, Object> input, String user) {
		return support.inTransaction(status -> {
			var problems = new Problems();
			Ends ends = ends(form, input, problems);
			Map<String, Object> identity = properties(form.identityProperties(), input, true, problems);
			Map<String, Object> values = properties(form.valueProperties(), input, false, problems);
			SourceChoice source = support.source(input.get("source"), true, problems);
			Map<String, Object> before = existing(form, ends, identity, input, problems);
			problems.throwIfAny();

			support.writeSource(source);
			client
				.query(match(form, ends) + " MATCH (a)-[r:" + form.type() + "]->(b) WHERE all(k IN keys($identity)"
						+ " WHERE r[k] = $identity[k]) SET r += $values, r.source = $source, r.version = r.version + 1"
						+ " REMOVE r._LOCK_")
				.bindAll(parameters(ends, identity, Map.of("values", values, "source", source.id())))
				.run();
			Map<String, Object> after = new LinkedHashMap<>(before);
			after.putAll(values);
			after.put("source", source.id());
			return finish(form, ends, "update", before, after, source, user);
		});
	}

	Map<String, Object> remove(FactForm form, Map<String, Object> input, String user) {
		return support.inTransaction(status -> {
			var problems = new Problems();
			Ends ends = ends(form, input, problems);
			Map<String, Object> identity = properties(form.identityProperties(), input, true, problems);
			SourceChoice source = support.source(input.get("source"), true, problems);
			Map<String, Object> before = existing(form, ends, identity, input, problems);
			problems.throwIfAny();

			support.writeSource(source);
			client
				.query(match(form, ends) + " MATCH (a)-[r:" + form.type() + "]->(b) WHERE all(k IN keys($identity)"
						+ " WHERE r[k] = $identity[k]) DELETE r")
				.bindAll(parameters(ends, identity, Map.of()))
				.run();
			return finish(form, ends, "remove", before, null, source, user);
		});
	}

	private Map<String, Object> finish(FactForm form, Ends ends, String operation, Map<String, Object> before,
			Map<String, Object> after, SourceChoice source, String user) {
		String entry = auditLog.record(new AuditRecord(user, operation + form.name(), ends.fromLabel(), ends.from(),
				before, after, List.of(ends.toLabel() + ":" + ends.to()), source.id(), null));
		String label = form.payloadIsFrom() ? ends.fromLabel() : ends.toLabel();
		String key = form.payloadIsFrom() ? ends.from() : ends.to();
		return support.payload(form.payloadField(), support.entity(EntityForm.of(label).orElseThrow(), key), entry);
	}

	/** Both ends, each checked to exist. */
	private Ends ends(FactForm form, Map<String, Object> input, Problems problems) {
		List<String> fromLabels = form.relationship().fromLabels();
		List<String> toLabels = form.relationship().toLabels();
		String fromField = "input." + form.fromField();
		String toField = "input." + form.toField();
		String from = EditSupport.key(fromLabels, input.get(form.fromField()), fromField, problems);
		String to = EditSupport.key(toLabels, input.get(form.toField()), toField, problems);
		String fromLabel = support.existing(fromLabels, from, fromField, problems);
		String toLabel = support.existing(toLabels, to, toField, problems);
		return new Ends(fromLabel, from, toLabel, to);
	}

	private static Map<String, Object> properties(List<PropertySpec> specs, Map<String, Object> input, boolean all,
			Problems problems) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (PropertySpec spec : specs) {
			if (all || input.containsKey(spec.name())) {
				properties.put(spec.name(),
						EditSupport.value(spec, input.get(spec.name()), "input." + spec.name(), problems));
			}
		}
		return properties;
	}

	/** The fact to change or remove, locked, with its version checked against the input's. */
	private Map<String, Object> existing(FactForm form, Ends ends, Map<String, Object> identity,
			Map<String, Object> input, Problems problems) {
		if (!problems.isEmpty()) {
			return Map.of();
		}
		Optional<Map<String, Object>> current = current(form, ends, identity, true);
		if (current.isEmpty()) {
			problems.notFound("input." + form.toField(), "no such " + form.name());
			return Map.of();
		}
		Map<String, Object> before = new LinkedHashMap<>(current.get());
		Object version = before.remove("version");
		before.remove("_LOCK_");
		Object given = input.get("version");
		if (given == null || !Objects.equals(((Number) given).longValue(), version)) {
			problems.conflict("input.version", "is " + given + " but the " + form.name() + " is at version " + version
					+ ": it was changed since you read it; read it again and redo your change");
		}
		return before;
	}

	private Optional<Map<String, Object>> current(FactForm form, Ends ends, Map<String, Object> identity, boolean lock) {
		return client
			.query(match(form, ends) + " MATCH (a)-[r:" + form.type() + "]->(b) WHERE all(k IN keys($identity)"
					+ " WHERE r[k] = $identity[k])" + (lock ? " SET r._LOCK_ = true" : "") + " RETURN r {.*} AS r")
			.bindAll(parameters(ends, identity, Map.of()))
			.fetchAs(Map.class)
			.mappedBy((types, row) -> row.get("r").asMap())
			.one()
			.map(m -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> properties = (Map<String, Object>) m;
				return properties;
			});
	}

	private static String match(FactForm form, Ends ends) {
		var from = GraphModel.node(ends.fromLabel());
		var to = GraphModel.node(ends.toLabel());
		return "MATCH (a:" + from.label() + " {" + from.key().name() + ": $from}) MATCH (b:" + to.label() + " {"
				+ to.key().name() + ": $to})";
	}

	private static Map<String, Object> parameters(Ends ends, Map<String, Object> identity, Map<String, Object> more) {
		Map<String, Object> parameters = new HashMap<>(more);
		parameters.put("from", ends.from());
		parameters.put("to", ends.to());
		parameters.put("identity", identity);
		return parameters;
	}

	private static Map<String, Object> state(Map<String, Object> identity, Map<String, Object> values) {
		Map<String, Object> state = new LinkedHashMap<>(identity);
		values.forEach((k, v) -> {
			if (v != null) {
				state.put(k, v);
			}
		});
		return state;
	}

	/** The two ends of a fact, each with the label it was found under. */
	private record Ends(String fromLabel, String from, String toLabel, String to) {
	}

}
