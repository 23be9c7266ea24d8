package org.liaisongraph.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.liaisongraph.api.Problems;
import org.liaisongraph.audit.AuditEntry;
import org.liaisongraph.audit.AuditTrailQueries;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.PropertySpec;
import org.liaisongraph.neo4j.GraphReader;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * What entity and fact writes share: reading keys and values from input, finding the entities
 * input names, the source a write rests on, and the payload returned.
 */
@Component
class EditSupport {

	private static final PropertySpec CREDIBILITY = PropertySpec.integer("credibility", 1, 6);

	private final Neo4jClient client;

	private final GraphReader reader;

	private final AuditTrailQueries auditTrail;

	EditSupport(Neo4jClient client, GraphReader reader, AuditTrailQueries auditTrail) {
		this.client = client;
		this.reader = reader;
		this.auditTrail = auditTrail;
	}

	/**
	 * A key as typed, normalised like the graph stores it (codes upper-case, ids as they are) and
	 * checked against the key's format; null with a problem when it is missing or malformed.
	 */
	static String key(List<String> labels, Object raw, String field, Problems problems) {
		if (raw == null || raw.toString().isBlank()) {
			problems.badRequest(field, "is required");
			return null;
		}
		String text = raw.toString().strip();
		String normalised = labels.stream().allMatch(l -> GraphModel.node(l).key().name().equals("id")) ? text
				: text.toUpperCase(Locale.ROOT);
		for (String label : labels) {
			if (GraphModel.node(label).key().pattern().matcher(normalised).matches()) {
				return normalised;
			}
		}
		NodeSpec first = GraphModel.node(labels.getFirst());
		problems.badRequest(field, "'" + text + "' is not a valid " + String.join(" or ", labels) + " "
				+ (labels.size() > 1 ? "key" : first.key().name()));
		return null;
	}

	/** A value of the input checked against its property: null with a problem when invalid. */
	static Object value(PropertySpec spec, Object raw, String field, Problems problems) {
		try {
			return spec.parse(raw == null ? null : raw.toString());
		}
		catch (IllegalArgumentException ex) {
			problems.badRequest(field, ex.getMessage());
			return null;
		}
	}

	static Long credibility(Long credibility, Problems problems) {
		return (Long) value(CREDIBILITY, credibility, "input.credibility", problems);
	}

	/** The first of the labels with a node of this key, or null. */
	String labelOf(List<String> labels, String key) {
		for (String label : labels) {
			NodeSpec spec = GraphModel.node(label);
			boolean found = client.query("MATCH (n:" + spec.label() + " {" + spec.key().name() + ": $key}) RETURN count(n) > 0")
				.bind(key)
				.to("key")
				.fetchAs(Boolean.class)
				.one()
				.orElse(false);
			if (found) {
				return label;
			}
		}
		return null;
	}

	/** Finds a referenced entity, with a NOT_FOUND problem when there is none. */
	String existing(List<String> labels, String key, String field, Problems problems) {
		if (key == null) {
			return null;
		}
		String label = labelOf(labels, key);
		if (label == null) {
			problems.notFound(field, "no " + String.join(" or ", labels) + " '" + key + "'");
		}
		return label;
	}

	/**
	 * Reads the {@code source} input: an existing source by id, or a new one to add. Returns the
	 * source's id; a new source is only checked here and written by {@link #writeSource}.
	 */
	SourceChoice source(WriteInput.Source choice, boolean required, Problems problems) {
		if (choice == null) {
			if (required) {
				problems.badRequest("input.source", "is required: the id of an existing source or a new one");
			}
			return null;
		}
		String id = choice.id();
		Map<String, Object> fields = choice.created();
		if ((id == null) == (fields == null)) {
			problems.badRequest("input.source", "give exactly one of id and new");
			return null;
		}
		NodeSpec spec = GraphModel.node("Source");
		if (id != null) {
			String key = key(List.of("Source"), id, "input.source.id", problems);
			existing(List.of("Source"), key, "input.source.id", problems);
			return (key != null) ? new SourceChoice(key, null) : null;
		}
		String key = key(List.of("Source"), fields.get("id"), "input.source.new.id", problems);
		if (key != null && labelOf(List.of("Source"), key) != null) {
			problems.badRequest("input.source.new.id", "a Source '" + key + "' already exists; name it by id instead");
		}
		Map<String, Object> properties = new HashMap<>();
		for (PropertySpec property : spec.properties()) {
			properties.put(property.name(),
					value(property, fields.get(property.name()), "input.source.new." + property.name(), problems));
		}
		return (key != null) ? new SourceChoice(key, properties) : null;
	}

	/** Adds the new source a write names, as version 1. */
	void writeSource(SourceChoice source) {
		if (source != null && source.created() != null) {
			client.query("CREATE (s:Source {id: $id}) SET s += $props, s.version = 1")
				.bindAll(Map.of("id", source.id(), "props", source.created()))
				.run();
		}
	}

	/** The entity of this form and key as clients read it. */
	Object entity(EntityForm form, String key) {
		return reader
			.nodes(form.type(), "MATCH (n:" + form.label() + " {" + form.key() + ": $key}) RETURN n", Map.of("key", key))
			.getFirst();
	}

	Map<String, Object> payload(String field, Object value, String auditEntryId) {
		Map<String, Object> payload = new HashMap<>();
		payload.put(field, value);
		payload.put("auditEntry", auditEntry(auditEntryId));
		return payload;
	}

	private AuditEntry auditEntry(String id) {
		return auditTrail.entry(id);
	}

	/** The source a write rests on; {@code created} holds the properties of a source to add. */
	record SourceChoice(String id, Map<String, Object> created) {
	}

}
