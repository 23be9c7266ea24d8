package org.liaisongraph.compiled;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Inputs;
import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.api.Paging;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.Provenance;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/**
 * Compiles the selection under a connection's items into one Cypher expression over the item node
 * {@code n}: the list of the selected fields' values, with each nested list a {@code COLLECT} subquery cut to
 * its {@code first}/{@code after} as its loader cuts it, so a list query with nested lists costs one
 * statement whatever its page sizes and depth. What it writes of the statement comes from the
 * schema (field names) and from the {@link NestedList}s the feature modules declare; every argument
 * value is a parameter. A field is compiled when it is
 * <ul>
 * <li>a property read by graphql-java's default fetcher, which reads it from the map by name (so a
 * field wrapped by another fetcher, such as a restricted one, is not compiled);</li>
 * <li>one of {@link Provenance#FIELDS}: the map holds the reliabilities of the node's sources and
 * {@link CompiledFields} grades them with {@link Provenance};</li>
 * <li>a declared nested list, with only its declared arguments.</li>
 * </ul>
 * Anything else, or an argument its loader would reject, and the caller reads through the loaders.
 */
@Component
public class CompiledReads {

	/** The key of a compiled node's source reliabilities; no schema field starts with an underscore. */
	static final String RELIABILITIES = "_reliabilities";

	private static final String PARAMETER_PREFIX = "compiled";

	private final Map<String, NestedList> lists;

	private final Set<String> types;

	private final Set<String> properties = ConcurrentHashMap.newKeySet();

	private final NamedQueries queries;

	private final Paging paging;

	CompiledReads(List<NestedList> lists, NamedQueries queries, Paging paging) {
		this.paging = paging;
		this.lists = lists.stream().collect(Collectors.toMap(NestedList::coordinates, Function.identity()));
		this.types = lists.stream().flatMap(list -> Stream.of(list.type(), list.childType())).collect(Collectors.toSet());
		this.queries = queries;
		types.forEach(CompiledReads::key);
	}

	/**
	 * The page of a list query: read by {@code compiledPage} with the compiled selection when it
	 * compiles, else by {@code entityPage}, whose entities' nested fields the loaders read.
	 */
	public <T> Connection<?> page(ScrollSubrange subrange, DataFetchingEnvironment env, String nodeType,
			BiFunction<PageBounds, Projection, PageOfItems<Map<String, Object>>> compiledPage,
			Function<PageBounds, PageOfItems<T>> entityPage) {
		return connection(env, nodeType)
			.<Connection<?>>map(selection -> paging.page(subrange, env, page -> compiledPage.apply(page, selection)))
			.orElseGet(() -> paging.page(subrange, env, entityPage));
	}

	/**
	 * The items of the connection {@code env} resolves, fields under {@code nodes} and
	 * {@code edges.node} together, as an expression over its node {@code n} with its parameters; empty
	 * when the selection holds something not compiled.
	 */
	Optional<Projection> connection(DataFetchingEnvironment env, String nodeType) {
		if (!types.contains(nodeType)) {
			return Optional.empty();
		}
		List<SelectedField> items = new ArrayList<>();
		for (SelectedField field : env.getSelectionSet().getImmediateFields()) {
			if (field.getName().equals("nodes")) {
				items.add(field);
			}
			else if (field.getName().equals("edges")) {
				field.getSelectionSet().getImmediateFields().stream().filter(f -> f.getName().equals("node")).forEach(items::add);
			}
		}
		var compilation = new Compilation();
		try {
			Compiled compiled = compilation.node(nodeType, "n", 0, items);
			return Optional.ofNullable(compiled)
				.map(c -> new Projection(queries.assemble(c.expression, "CompiledReads"), compilation.parameters,
						value -> new CompiledItem(value, c.layout)));
		}
		catch (BadRequestException ex) {
			// the loader rejects it at the nested field's own path
			return Optional.empty();
		}
	}

	/** The types with a nested list or in one, whose fields {@link CompiledFields} resolves from maps. */
	Set<String> types() {
		return types;
	}

	Map<String, NestedList> lists() {
		return lists;
	}

	/** Records a field that graphql-java's default fetcher reads by name, from an entity as from a map. */
	void property(String type, String field) {
		properties.add(type + "." + field);
	}

	/** Whether graphql-java's default fetcher reads the field by name, as {@link #property} recorded. */
	boolean isProperty(String type, String field) {
		return properties.contains(type + "." + field);
	}

	private static String key(String type) {
		return Arrays.stream(FactLabel.values())
			.filter(label -> label.label().equals(type))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("nested list type " + type + " is not a fact label"))
			.key();
	}

	/**
	 * A compiled selection: an expression over {@code n}, the parameters it uses, and how an item it
	 * returns is read.
	 */
	public record Projection(String expression, Map<String, Object> parameters,
			Function<Value, Map<String, Object>> item) {
	}

	/** An expression giving the list of an item's values and which field each position holds. */
	private record Compiled(String expression, CompiledItem.Layout layout) {
	}

	/** One compilation: the parameters its expression collects as it is written. */
	private final class Compilation {

		private final Map<String, Object> parameters = new HashMap<>();

		/**
		 * The list of {@code var}'s selected field values, in the order of its layout (a list rather
		 * than a map: no keys to send and read for every item), or null when one is not compiled.
		 */
		Compiled node(String type, String var, int depth, List<SelectedField> parts) {
			Map<String, List<SelectedField>> byName = new LinkedHashMap<>();
			parts.forEach(part -> part.getSelectionSet()
				.getImmediateFields()
				.stream()
				.filter(field -> !field.getName().startsWith("__"))
				.forEach(field -> byName.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field)));
			List<String> items = new ArrayList<>();
			List<String> names = new ArrayList<>();
			Map<String, CompiledItem.Layout> nested = new HashMap<>();
			boolean graded = false;
			for (var entry : byName.entrySet()) {
				String name = entry.getKey();
				NestedList list = lists.get(type + "." + name);
				if (Provenance.FIELDS.contains(name)) {
					graded = true;
				}
				else if (properties.contains(type + "." + name)) {
					items.add(var + "." + name);
					names.add(name);
				}
				else if (list != null) {
					Map<String, Object> arguments = entry.getValue().getFirst().getArguments();
					// one value per field in the map: the same list asked for twice must be asked the same way
					if (entry.getValue().stream().anyMatch(field -> !field.getArguments().equals(arguments))) {
						return null;
					}
					Compiled children = list(list, var, depth + 1, arguments, entry.getValue());
					if (children == null) {
						return null;
					}
					items.add(children.expression);
					names.add(name);
					nested.put(name, children.layout);
				}
				else {
					return null;
				}
			}
			if (graded) {
				String source = "s" + depth;
				items.add("COLLECT { MATCH (" + var + ")-[:SUPPORTED_BY]->(" + source + ":Source) RETURN " + source
						+ ".reliability }");
				names.add(RELIABILITIES);
			}
			if (items.isEmpty()) {
				items.add(var + "." + key(type));
				names.add(key(type));
			}
			return new Compiled("[" + String.join(", ", items) + "]", new CompiledItem.Layout(names, nested));
		}

		private Compiled list(NestedList list, String parent, int depth, Map<String, Object> arguments,
				List<SelectedField> parts) {
			String child = "n" + depth;
			String key = key(list.childType());
			List<String> conditions = new ArrayList<>();
			String limit = "";
			for (var argument : arguments.entrySet()) {
				Object value = argument.getValue();
				if (value == null) {
					continue;
				}
				switch (argument.getKey()) {
					case "first" -> limit = " LIMIT " + parameter(Paging.nestedFirst((Integer) value));
					case "after" -> {
						String after = Inputs.text((String) value);
						if (after != null) {
							conditions.add(child + "." + key + " > " + parameter(after));
						}
					}
					default -> {
						String condition = list.filters().get(argument.getKey());
						if (condition == null) {
							return null;
						}
						conditions.add(condition.replace("{child}", child)
							.replace("{value}", parameter((value instanceof Enum<?> e) ? e.name() : value)));
					}
				}
			}
			Compiled items = node(list.childType(), child, depth, parts);
			if (items == null) {
				return null;
			}
			return new Compiled("COLLECT { MATCH " + list.pattern().replace("{parent}", parent).replace("{child}", child)
					+ (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " WITH " + child
					+ " ORDER BY " + child + "." + key + limit + " RETURN " + items.expression + " }", items.layout);
		}

		private String parameter(Object value) {
			String name = PARAMETER_PREFIX + parameters.size();
			parameters.put(name, value);
			return "$" + name;
		}

	}

}
