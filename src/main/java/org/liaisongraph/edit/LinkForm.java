package org.liaisongraph.edit;

import java.util.List;

import org.liaisongraph.model.PropertySpec;

/**
 * An input field of an entity that names other entities: the relationship type it writes, its
 * direction seen from the entity, the labels it may point at, and the properties each link carries.
 * A list field given on update replaces all links of its type.
 */
record LinkForm(String field, String type, boolean outgoing, List<String> targets, boolean required, boolean many,
		List<PropertySpec> properties) {

	static LinkForm one(String field, String type, List<String> targets, boolean required) {
		return new LinkForm(field, type, true, targets, required, false, List.of());
	}

	static LinkForm many(String field, String type, List<String> targets) {
		return new LinkForm(field, type, true, targets, false, true, List.of());
	}

	/** The field of each list element naming the target, when elements are objects. */
	String targetField() {
		return switch (type) {
			case "PARTY_TO" -> "party";
			case "CALLS_AT" -> "port";
			default -> null;
		};
	}

}
