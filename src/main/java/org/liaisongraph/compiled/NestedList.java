package org.liaisongraph.compiled;

import java.util.Map;

/**
 * A nested list field served by a batch loader, as {@link CompiledReads} writes it into a
 * statement: the children of a parent node, ordered by the child type's key and windowed by the
 * field's {@code first} and {@code after}, as the loader does. Every text here is a constant of the
 * module that declares the list, never input; values are parameters.
 *
 * @param type the GraphQL type that has the field, e.g. {@code State}
 * @param field the field, e.g. {@code treaties}
 * @param childType the GraphQL type of the items, a fact label of the same name, e.g. {@code Treaty}
 * @param pattern the path from {@code {parent}} to {@code {child}}, e.g.
 * {@code ({parent})-[:PARTY_TO]->({child}:Treaty)}
 * @param filters for each other argument, the condition it puts on {@code {child}} with its value
 * {@code {value}}, which may use a rule fragment, e.g. {@code {{treaty-in-force({child}, {value})}}}
 */
public record NestedList(String type, String field, String childType, String pattern, Map<String, String> filters) {

	/** The field's coordinates, {@code Type.field}. */
	String coordinates() {
		return type + "." + field;
	}

}
