package org.liaisongraph.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.liaisongraph.api.Problems;
import org.liaisongraph.api.Writes;
import org.liaisongraph.api.Writes.Change;
import org.liaisongraph.api.Writes.Written;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.model.PropertySpec;
import org.liaisongraph.model.WriteRules;
import org.liaisongraph.model.WriteRules.PartRule;
import org.liaisongraph.edit.EditSupport.SourceChoice;
import org.liaisongraph.route.RouteLegs;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Adds, changes and removes entities with their links. Each write checks all of its input first,
 * then writes the entity, its links, its source and its audit entry in one transaction. Labels,
 * relationship types and property names in the statements come from {@link EntityForm}, never
 * from input.
 */
@Service
class EntityEditor {

	private final Neo4jClient client;

	private final EditSupport support;

	private final RouteLegs routeLegs;

	private final Writes writes;

	EntityEditor(Neo4jClient client, EditSupport support, RouteLegs routeLegs, Writes writes) {
		this.client = client;
		this.support = support;
		this.routeLegs = routeLegs;
		this.writes = writes;
	}

	Map<String, Object> add(EntityForm form, WriteInput.Entity input, String user) {
		return writes.write(user, problems -> {
			String key = EditSupport.key(List.of(form.label()), input.key(), field(form.key()), problems);
			if (key != null && support.labelOf(List.of(form.label()), key) != null) {
				problems.badRequest(field(form.key()), "a " + form.label() + " '" + key + "' already exists");
			}
			Map<String, Object> properties = properties(form, input, true, problems);
			Map<LinkForm, List<Target>> links = links(form, input, true, problems);
			SourceChoice source = support.source(input.source(), !form.isSource(), problems);
			Long credibility = EditSupport.credibility(input.credibility(), problems);
			var adding = new HashMap<>(properties);
			adding.put(form.key(), key);
			checkRules(form, adding, links, Map.of(), problems);
			checkParts(form, key, adding, links, Map.of(), problems);
			return new Checked(key, null, properties, links, source, credibility);
		}, in -> {
			support.writeSource(in.source());
			try {
				client.query("CREATE (n:" + form.label() + " {" + form.key() + ": $key}) SET n += $props, n.version = 1")
					.bindAll(Map.of("key", in.key(), "props", in.properties()))
					.run();
			}
			catch (DataIntegrityViolationException ex) {
				// Another editor added the same key since the check above.
				var taken = new Problems();
				taken.badRequest(field(form.key()), "a " + form.label() + " '" + in.key() + "' already exists");
				taken.throwIfAny();
			}
			writeLinks(form, in.key(), in.links(), in.source());
			support(form, in.key(), in.source(), in.credibility());
			Snapshot after = snapshot(form, in.key());
			return written(form, "add", in, null, after.state(), related(in.links().values()), form.payloadField(),
					support.entity(form, in.key()));
		});
	}

	Map<String, Object> update(EntityForm form, WriteInput.Entity input, String user) {
		return writes.write(user, problems -> {
			String key = existingKey(form, input, problems);
			Snapshot before = snapshot(form, key);
			Writes.checkVersion(input.version(), before.version(), "the entity", problems);
			Map<String, Object> properties = properties(form, input, false, problems);
			Map<LinkForm, List<Target>> links = links(form, input, false, problems);
			SourceChoice source = support.source(input.source(), !form.isSource(), problems);
			Long credibility = EditSupport.credibility(input.credibility(), problems);
			Map<String, Object> merged = new HashMap<>(before.properties());
			merged.putAll(properties);
			checkRules(form, merged, links, before.state(), problems);
			checkParts(form, key, merged, links, before.state(), problems);
			return new Checked(key, before, properties, links, source, credibility);
		}, in -> {
			support.writeSource(in.source());
			client
				.query("MATCH (n:" + form.label() + " {" + form.key()
						+ ": $key}) SET n += $props, n.version = n.version + 1 REMOVE n._LOCK_")
				.bindAll(Map.of("key", in.key(), "props", in.properties()))
				.run();
			writeLinks(form, in.key(), in.links(), in.source());
			support(form, in.key(), in.source(), in.credibility());
			Snapshot after = snapshot(form, in.key());
			Set<String> related = new LinkedHashSet<>(in.before().related());
			related.addAll(after.related());
			return written(form, "update", in, in.before().state(), after.state(), List.copyOf(related),
					form.payloadField(), support.entity(form, in.key()));
		});
	}

	Map<String, Object> remove(EntityForm form, WriteInput.Entity input, String user) {
		return writes.write(user, problems -> {
			String key = existingKey(form, input, problems);
			Snapshot before = snapshot(form, key);
			Writes.checkVersion(input.version(), before.version(), "the entity", problems);
			SourceChoice source = support.source(input.source(), !form.isSource(), problems);
			checkNotReferenced(form, key, problems);
			return new Checked(key, before, Map.of(), Map.of(), source, null);
		}, in -> {
			support.writeSource(in.source());
			Set<String> related = new LinkedHashSet<>(in.before().related());
			for (String type : form.cascade()) {
				related.addAll(client
					.query("MATCH (:" + form.label() + " {" + form.key() + ": $key})-[:" + type
							+ "]->(c) WITH c, labels(c)[0] + ':' + coalesce(c.id, c.code) AS ref DETACH DELETE c RETURN ref")
					.bind(in.key())
					.to("key")
					.fetchAs(String.class)
					.all());
			}
			if (form.derivesLegs()) {
				// with its sequence gone, deriving the legs again removes them
				for (LinkForm link : form.links().stream().filter(LinkForm::ordered).toList()) {
					client.query("MATCH (:" + form.label() + " {" + form.key() + ": $key})-[c:" + link.type() + "]->() DELETE c")
						.bind(in.key())
						.to("key")
						.run();
				}
				routeLegs.derive(List.of(in.key()));
			}
			client.query("MATCH (n:" + form.label() + " {" + form.key() + ": $key}) DETACH DELETE n")
				.bind(in.key())
				.to("key")
				.run();
			return written(form, "remove", in, in.before().state(), null, List.copyOf(related), form.key(), in.key());
		});
	}

	/** The change for the audit trail, and the payload: the entity (or removed key) and its audit entry. */
	private Written<Map<String, Object>> written(EntityForm form, String operation, Checked in,
			Map<String, Object> before, Map<String, Object> after, List<String> related, String payloadField,
			Object payload) {
		return new Written<>(new Change(operation + form.label(), form.label(), in.key(), before, after, related,
				sourceId(in.source())), entry -> support.payload(payloadField, payload, entry));
	}

	/** The input as checked: the entity's key, its state before a change, and what to write. */
	private record Checked(String key, Snapshot before, Map<String, Object> properties, Map<LinkForm, List<Target>> links,
			SourceChoice source, Long credibility) {
	}

	// ------------------------------------------------------------------ reading the input

	private static String field(String name) {
		return "input." + name;
	}

	/** The key of the entity to change, locked against other writers until this one commits. */
	private String existingKey(EntityForm form, WriteInput.Entity input, Problems problems) {
		String key = EditSupport.key(List.of(form.label()), input.key(), field(form.key()), problems);
		problems.throwIfAny();
		boolean locked = client
			.query("MATCH (n:" + form.label() + " {" + form.key() + ": $key}) SET n._LOCK_ = true RETURN count(n) > 0")
			.bind(key)
			.to("key")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!locked) {
			problems.notFound(field(form.key()), "no " + form.label() + " '" + key + "'");
			problems.throwIfAny();
		}
		return key;
	}

	private static Map<String, Object> properties(EntityForm form, WriteInput.Entity input, boolean adding,
			Problems problems) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (PropertySpec property : form.node().properties()) {
			if (adding || input.properties().containsKey(property.name())) {
				properties.put(property.name(), EditSupport.value(property, input.properties().get(property.name()),
						field(property.name()), problems));
			}
		}
		return properties;
	}

	/** The links given in the input, each target checked to exist; absent fields are left out. */
	private Map<LinkForm, List<Target>> links(EntityForm form, WriteInput.Entity input, boolean adding,
			Problems problems) {
		Map<LinkForm, List<Target>> links = new LinkedHashMap<>();
		for (LinkForm link : form.links()) {
			String field = field(link.field());
			boolean given = input.links().containsKey(link.field());
			List<WriteInput.Link> items = input.links().get(link.field());
			if (items == null) {
				if (link.required() && (adding || given)) {
					problems.badRequest(field, "is required");
				}
				else if (given) {
					links.put(link, List.of());
				}
				continue;
			}
			List<Target> targets = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < items.size(); i++) {
				String itemField = link.many() ? field + "[" + i + "]" : field;
				WriteInput.Link item = items.get(i);
				Map<String, Object> properties = new HashMap<>();
				for (PropertySpec property : link.properties()) {
					properties.put(property.name(), EditSupport.value(property, item.properties().get(property.name()),
							itemField + "." + property.name(), problems));
				}
				if (link.targetField() != null) {
					itemField = itemField + "." + link.targetField();
				}
				if (link.ordered()) {
					properties.put("seq", (long) i);
				}
				String key = EditSupport.key(link.targets(), item.key(), itemField, problems);
				if (key != null && !link.ordered() && !seen.add(key)) {
					problems.badRequest(itemField, "'" + key + "' is listed twice");
					continue;
				}
				if (key != null) {
					// Unknown targets stay in the list so that rules such as the party count see the input as given.
					targets.add(new Target(support.existing(link.targets(), key, itemField, problems), key, properties));
				}
			}
			links.put(link, targets);
		}
		return links;
	}

	// ------------------------------------------------------------------ rules across fields

	/**
	 * The write rules of the model on the entity as it will be: its properties merged with the
	 * input, and each link list as given, or else as stored (a treaty's party count).
	 */
	private static void checkRules(EntityForm form, Map<String, Object> state, Map<LinkForm, List<Target>> links,
			Map<String, Object> stored, Problems problems) {
		WriteRules.ofProperties(form.label(), state)
			.forEach(p -> problems.badRequest(field(p.property()), p.reason()));
		for (String type : WriteRules.linkRules(form.label())) {
			LinkForm link = form.links().stream().filter(l -> l.type().equals(type)).findFirst().orElseThrow();
			List<Map<String, Object>> given = links.containsKey(link)
					? links.get(link).stream().map(Target::withKey).toList() : storedLinks(stored.get(link.field()));
			WriteRules.ofLinks(form.label(), state, type, given)
				.forEach(p -> problems.badRequest(linkField(link, p), p.reason()));
		}
	}

	/**
	 * The parts rule of the model ({@link WriteRules#PARTS}) on the wholes the write touches: the
	 * whole the entity is a part of, and the entity as a whole of its own parts, each with its parts
	 * as they will be after the write.
	 */
	private void checkParts(EntityForm form, String key, Map<String, Object> state, Map<LinkForm, List<Target>> links,
			Map<String, Object> stored, Problems problems) {
		PartRule rule = WriteRules.PARTS;
		if (!form.label().equals(rule.label()) || key == null) {
			return;
		}
		LinkForm partOf = form.links().stream().filter(l -> l.type().equals(rule.type())).findFirst().orElseThrow();
		String whole = links.containsKey(partOf) ? links.get(partOf).stream().map(Target::key).findFirst().orElse(null)
				: (String) stored.get(partOf.field());
		Number quantity = (Number) state.get(rule.quantity());
		// labels, types and property names come from the model, never from input
		String cypher = "UNWIND $wholes AS w MATCH (n:" + form.label() + " {" + form.key() + ": w}) RETURN w, n."
				+ rule.quantity() + " AS quantity, [(n)<-[:" + rule.type() + "]-(p) WHERE p." + form.key()
				+ " <> $key | [p." + form.key() + ", p." + rule.quantity() + "]] AS parts";
		List<String> wholes = Stream.of(whole, key).filter(w -> w != null).distinct().toList();
		for (Map<String, Object> row : client.query(cypher).bindAll(Map.of("wholes", wholes, "key", key)).fetch().all()) {
			String w = (String) row.get("w");
			Map<String, Number> parts = new HashMap<>();
			for (Object part : (List<?>) row.get("parts")) {
				parts.put((String) ((List<?>) part).get(0), (Number) ((List<?>) part).get(1));
			}
			if (w.equals(whole)) {
				parts.put(key, quantity);
			}
			boolean self = w.equals(key);
			WriteRules.ofParts(w, self ? quantity : (Number) row.get("quantity"), parts)
				.forEach(p -> problems.badRequest(field(self ? rule.quantity() : partOf.field()), p.reason()));
		}
	}

	private void checkNotReferenced(EntityForm form, String key, Problems problems) {
		Set<String> own = new HashSet<>(form.owned());
		own.addAll(form.cascade());
		form.links().forEach(l -> own.add(l.type()));
		if (!form.isSource()) {
			own.add("SUPPORTED_BY");
		}
		// a link the entity makes is its own, the same type made toward it is another's (a total's parts)
		List<String> outgoing = form.links().stream().filter(LinkForm::outgoing).map(LinkForm::type)
			.filter(t -> !form.owned().contains(t)).toList();
		Map<String, Long> references = new LinkedHashMap<>();
		client
			.query("MATCH (n:" + form.label() + " {" + form.key() + ": $key})-[r]-(m) WHERE NOT type(r) IN $own"
					+ " OR (type(r) IN $outgoing AND endNode(r) = n AND m <> n)"
					+ " RETURN type(r) AS type, count(r) AS count ORDER BY type")
			.bindAll(Map.of("key", key, "own", List.copyOf(own), "outgoing", outgoing))
			.fetch()
			.all()
			.forEach(row -> references.put((String) row.get("type"), (Long) row.get("count")));
		if (form.isSource()) {
			client.query("MATCH ()-[r]->() WHERE r.source = $key RETURN type(r) AS type, count(r) AS count ORDER BY type")
				.bind(key)
				.to("key")
				.fetch()
				.all()
				.forEach(row -> references.merge((String) row.get("type"), (Long) row.get("count"), Long::sum));
		}
		if (!references.isEmpty()) {
			problems.badRequest(field(form.key()), "the " + form.label() + " '" + key + "' is still referenced ("
					+ references.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
					+ "); remove or change those first");
		}
	}

	// ------------------------------------------------------------------ writing

	private void writeLinks(EntityForm form, String key, Map<LinkForm, List<Target>> links, SourceChoice source) {
		String self = "(n:" + form.label() + " {" + form.key() + ": $key})";
		boolean callsChanged = false;
		for (var entry : links.entrySet()) {
			LinkForm link = entry.getKey();
			String rel = link.outgoing() ? "-[r:" + link.type() + "]->" : "<-[r:" + link.type() + "]-";
			client.query("MATCH " + self + rel + "() DELETE r").bind(key).to("key").run();
			Map<String, List<Map<String, Object>>> byLabel = new LinkedHashMap<>();
			entry.getValue()
				.forEach(t -> byLabel.computeIfAbsent(t.label(), l -> new ArrayList<>())
					.add(Map.of("key", t.key(), "props", t.properties())));
			byLabel.forEach((label, targets) -> {
				NodeSpec target = GraphModel.node(label);
				client
					.query("MATCH " + self + " UNWIND $targets AS t MATCH (x:" + label + " {" + target.key().name()
							+ ": t.key}) CREATE (n)" + rel + "(x) SET r += t.props, r.source = $source")
					.bindAll(Map.of("key", key, "targets", targets, "source", sourceId(source)))
					.run();
			});
			callsChanged |= link.ordered();
		}
		if (callsChanged) {
			routeLegs.derive(List.of(key));
		}
	}

	private void support(EntityForm form, String key, SourceChoice source, Long credibility) {
		if (source == null || form.isSource()) {
			return;
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("key", key);
		parameters.put("source", source.id());
		parameters.put("credibility", credibility);
		client
			.query("MATCH (n:" + form.label() + " {" + form.key() + ": $key}) MATCH (s:Source {id: $source})"
					+ " MERGE (n)-[r:SUPPORTED_BY]->(s) SET r.credibility = coalesce($credibility, r.credibility)")
			.bindAll(parameters)
			.run();
	}

	private static String sourceId(SourceChoice source) {
		return (source != null) ? source.id() : null;
	}

	private static List<String> related(Iterable<List<Target>> links) {
		Set<String> related = new LinkedHashSet<>();
		links.forEach(targets -> targets.forEach(t -> related.add(t.label() + ":" + t.key())));
		return List.copyOf(related);
	}

	// ------------------------------------------------------------------ the entity as stored

	/**
	 * The entity's properties and links as one map, the form an audit entry keeps; links are listed
	 * by target key, with their properties where they have some.
	 */
	private Snapshot snapshot(EntityForm form, String key) {
		StringBuilder cypher = new StringBuilder("MATCH (n:" + form.label() + " {" + form.key() + ": $key}) RETURN n {.*} AS props");
		for (int i = 0; i < form.links().size(); i++) {
			LinkForm link = form.links().get(i);
			String rel = link.outgoing() ? "-[r:" + link.type() + "]->" : "<-[r:" + link.type() + "]-";
			String labels = link.targets().stream().map(l -> "t:" + l).collect(Collectors.joining(" OR "));
			String keys = link.targets().stream().map(l -> "t." + GraphModel.node(l).key().name()).distinct()
				.collect(Collectors.joining(", "));
			String properties = Stream.concat(link.ordered() ? Stream.of(".seq") : Stream.empty(),
					link.properties().stream().map(p -> "." + p.name())).collect(Collectors.joining(", "));
			cypher.append(", [(n)").append(rel).append("(t) WHERE ").append(labels)
				.append(" | {label: labels(t)[0], key: coalesce(").append(keys).append("), props: r {").append(properties)
				.append("}}] AS link").append(i);
		}
		Map<String, Object> row = client.query(cypher.toString()).bind(key).to("key").fetch().one().orElseThrow();
		@SuppressWarnings("unchecked")
		Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("props"));
		properties.remove("_LOCK_");
		Long version = (Long) properties.remove("version");
		Map<String, Object> state = new LinkedHashMap<>(properties);
		List<String> related = new ArrayList<>();
		for (int i = 0; i < form.links().size(); i++) {
			LinkForm link = form.links().get(i);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> targets = new ArrayList<>((List<Map<String, Object>>) row.get("link" + i));
			targets.sort(Comparator.comparingLong(EntityEditor::seq).thenComparing(t -> (String) t.get("key")));
			List<Object> values = new ArrayList<>();
			for (Map<String, Object> target : targets) {
				related.add(target.get("label") + ":" + target.get("key"));
				Map<String, Object> linkProperties = new LinkedHashMap<>();
				if (link.targetField() != null) {
					linkProperties.put(link.targetField(), target.get("key"));
					((Map<?, ?>) target.get("props")).forEach((k, v) -> {
						if (!"seq".equals(k)) {
							linkProperties.put((String) k, v);
						}
					});
				}
				values.add(linkProperties.isEmpty() ? target.get("key") : linkProperties);
			}
			state.put(link.field(), link.many() ? values : (values.isEmpty() ? null : values.getFirst()));
		}
		return new Snapshot(state, version, properties, related);
	}

	private static long seq(Map<String, Object> target) {
		return (((Map<?, ?>) target.get("props")).get("seq") instanceof Long seq) ? seq : 0;
	}

	/** Where in the input a link rule's problem is: the link field, the item, the item's field. */
	private static String linkField(LinkForm link, WriteRules.Problem problem) {
		String at = field(link.field());
		if (problem.index() >= 0 && link.many()) {
			at += "[" + problem.index() + "]";
		}
		String property = "key".equals(problem.property()) ? link.targetField() : problem.property();
		return (property != null) ? at + "." + property : at;
	}

	/** Links as a snapshot keeps them: keys, or maps of a key and the link's properties. */
	private static List<Map<String, Object>> storedLinks(Object stored) {
		if (!(stored instanceof List<?> links)) {
			return List.of();
		}
		return links.stream().map(l -> (l instanceof Map<?, ?> m) ? Map.<String, Object>copyOf(
				m.entrySet().stream().filter(e -> e.getValue() != null)
					.collect(Collectors.toMap(e -> (String) e.getKey(), Map.Entry::getValue))) : Map.<String, Object>of())
			.toList();
	}

	/** A link target found in the graph, with the properties of the link. */
	private record Target(String label, String key, Map<String, Object> properties) {

		/** The link's properties and the target's key, as the model's link rules read them. */
		Map<String, Object> withKey() {
			var link = new HashMap<>(properties);
			if (label != null) {
				// an unknown target is already a problem of its own
				link.put("key", key);
			}
			return link;
		}

	}

	/** The entity as stored: audit state, version, bare properties and the entities it links to. */
	private record Snapshot(Map<String, Object> state, Long version, Map<String, Object> properties,
			List<String> related) {
	}

}
