package org.liaisongraph.edit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liaisongraph.api.Problems;
import org.liaisongraph.api.Writes;
import org.liaisongraph.api.Writes.Change;
import org.liaisongraph.api.Writes.Written;
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

	private final Writes writes;

	FactEditor(Neo4jClient client, EditSupport support, Writes writes) {
		this.client = client;
		this.support = support;
		this.writes = writes;
	}

	Map<String, Object> add(FactForm form, WriteInput.Fact input, String user) {
		return writes.write(user, problems -> {
			Ends ends = ends(form, input, problems);
			Map<String, Object> identity = properties(form.identityProperties(), input, true, problems);
			Map<String, Object> values = properties(form.valueProperties(), input, true, problems);
			SourceChoice source = support.source(input.source(), true, problems);
			if (problems.isEmpty() && current(form, ends, identity, false).isPresent()) {
				problems.badRequest("input." + form.toField(), "this " + form.name() + " already exists; update it instead");
			}
			return new Checked(ends, identity, values, source, null);
		}, in -> {
			support.writeSource(in.source());
			client
				.query(match(form, in.ends()) + " CREATE (a)-[r:" + form.type()
						+ "]->(b) SET r += $identity, r += $values, r.source = $source, r.version = 1")
				.bindAll(parameters(in.ends(), in.identity(), Map.of("values", in.values(), "source", in.source().id())))
				.run();
			Map<String, Object> after = state(in.identity(), in.values());
			after.put("source", in.source().id());
			return written(form, "add", in, after);
		});
	}

	Map<String, Object> update(FactForm form, WriteInput.Fact input, String user) {
		return writes.write(user, problems -> {
			Ends ends = ends(form, input, problems);
			Map<String, Object> identity = properties(form.identityProperties(), input, true, problems);
			Map<String, Object> values = properties(form.valueProperties(), input, false, problems);
			SourceChoice source = support.source(input.source(), true, problems);
			Map<String, Object> before = existing(form, ends, identity, input, problems);
			return new Checked(ends, identity, values, source, before);
		}, in -> {
			support.writeSource(in.source());
			client
				.query(match(form, in.ends()) + " MATCH (a)-[r:" + form.type() + "]->(b) WHERE all(k IN keys($identity)"
						+ " WHERE r[k] = $identity[k]) SET r += $values, r.source = $source, r.version = r.version + 1"
						+ " REMOVE r._LOCK_")
				.bindAll(parameters(in.ends(), in.identity(), Map.of("values", in.values(), "source", in.source().id())))
				.run();
			Map<String, Object> after = new LinkedHashMap<>(in.before());
			after.putAll(in.values());
			after.put("source", in.source().id());
			return written(form, "update", in, after);
		});
	}

	Map<String, Object> remove(FactForm form, WriteInput.Fact input, String user) {
		return writes.write(user, problems -> {
			Ends ends = ends(form, input, problems);
			Map<String, Object> identity = properties(form.identityProperties(), input, true, problems);
			SourceChoice source = support.source(input.source(), true, problems);
			Map<String, Object> before = existing(form, ends, identity, input, problems);
			return new Checked(ends, identity, Map.of(), source, before);
		}, in -> {
			support.writeSource(in.source());
			client
				.query(match(form, in.ends()) + " MATCH (a)-[r:" + form.type() + "]->(b) WHERE all(k IN keys($identity)"
						+ " WHERE r[k] = $identity[k]) DELETE r")
				.bindAll(parameters(in.ends(), in.identity(), Map.of()))
				.run();
			return written(form, "remove", in, null);
		});
	}

	/** The change for the audit trail, filed under the fact's from end, and the payload with its audit entry. */
	private Written<Map<String, Object>> written(FactForm form, String operation, Checked in, Map<String, Object> after) {
		Ends ends = in.ends();
		String label = form.payloadIsFrom() ? ends.fromLabel() : ends.toLabel();
		String key = form.payloadIsFrom() ? ends.from() : ends.to();
		return new Written<>(new Change(operation + form.name(), ends.fromLabel(), ends.from(), in.before(), after,
				List.of(ends.toLabel() + ":" + ends.to()), in.source().id()),
				entry -> support.payload(form.payloadField(), support.entity(EntityForm.of(label).orElseThrow(), key), entry));
	}

	/** The input as checked: the fact's ends and identity, the values to write, its state before a change. */
	private record Checked(Ends ends, Map<String, Object> identity, Map<String, Object> values, SourceChoice source,
			Map<String, Object> before) {
	}

	/** Both ends, each checked to exist. */
	private Ends ends(FactForm form, WriteInput.Fact input, Problems problems) {
		List<String> fromLabels = form.relationship().fromLabels();
		List<String> toLabels = form.relationship().toLabels();
		String fromField = "input." + form.fromField();
		String toField = "input." + form.toField();
		String from = EditSupport.key(fromLabels, input.from(), fromField, problems);
		String to = EditSupport.key(toLabels, input.to(), toField, problems);
		String fromLabel = support.existing(fromLabels, from, fromField, problems);
		String toLabel = support.existing(toLabels, to, toField, problems);
		return new Ends(fromLabel, from, toLabel, to);
	}

	private static Map<String, Object> properties(List<PropertySpec> specs, WriteInput.Fact input, boolean all,
			Problems problems) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (PropertySpec spec : specs) {
			if (all || input.properties().containsKey(spec.name())) {
				properties.put(spec.name(),
						EditSupport.value(spec, input.properties().get(spec.name()), "input." + spec.name(), problems));
			}
		}
		return properties;
	}

	/** The fact to change or remove, locked, with its version checked against the input's. */
	private Map<String, Object> existing(FactForm form, Ends ends, Map<String, Object> identity,
			WriteInput.Fact input, Problems problems) {
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
		Writes.checkVersion(input.version(), version, "the " + form.name(), problems);
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
