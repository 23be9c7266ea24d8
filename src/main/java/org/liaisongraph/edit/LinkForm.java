package org.liaisongraph.edit;

import java.util.List;

import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.PropertySpec;

/**
 * An input field of an entity that names other entities: the relationship type it writes, its
 * direction seen from the entity, the labels it may point at, and the properties each link carries.
 * A list field given on update replaces all links of its type.
 *
 * @param targetField the field of each list element naming the target, when elements are objects
 */
record LinkForm(String field, String type, boolean outgoing, List<String> targets, boolean required, boolean many,
		String targetField, List<PropertySpec> properties) {

	static LinkForm one(String field, String type, List<String> targets, boolean required) {
		return new LinkForm(field, type, true, targets, required, false, null, List.of());
	}

	static LinkForm many(String field, String type, List<String> targets) {
		return new LinkForm(field, type, true, targets, false, true, null, List.of());
	}

	/**
	 * Whether the links are a sequence, numbered by their position in the list ({@code seq}): the
	 * model says so by telling links of the type apart by {@code seq}. The same target may come
	 * twice, and the route legs are derived from the sequence.
	 */
	boolean ordered() {
		return GraphModel.relationship(type).sequence();
	}

}
