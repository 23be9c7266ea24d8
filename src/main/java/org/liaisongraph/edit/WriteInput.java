package org.liaisongraph.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.model.PropertySpec;

/**
 * The inputs of the mutations as the write path reads them, built once from GraphQL's arguments by
 * {@link MutationWiring}: no map of arguments goes further. Which fields there are comes from the
 * model, through the forms; a field the client left out is absent (an update leaves it as
 * stored), one given as null is present without a value (it clears the property or the links).
 * Values are still as the client typed them: the editors check them against the model.
 */
final class WriteInput {

	private WriteInput() {
	}

	/**
	 * An entity's input.
	 * @param properties the model properties given, by name
	 * @param links      the link fields given, by field name; a null list clears the links
	 */
	record Entity(String key, Long version, Map<String, Object> properties, Map<String, List<Link>> links, Source source,
			Long credibility) {

		static Entity read(EntityForm form, Map<String, Object> input) {
			Map<String, List<Link>> links = new LinkedHashMap<>();
			for (LinkForm link : form.links()) {
				if (input.containsKey(link.field())) {
					links.put(link.field(), Link.read(link, input.get(link.field())));
				}
			}
			return new Entity(text(input.get(form.key())), number(input.get("version")),
					given(form.node().properties(), input), links, Source.read(input.get("source")),
					number(input.get("credibility")));
		}

	}

	/** A fact's input: the keys of its two ends, and its properties given, identity ones included. */
	record Fact(String from, String to, Long version, Map<String, Object> properties, Source source) {

		static Fact read(FactForm form, Map<String, Object> input) {
			return new Fact(text(input.get(form.fromField())), text(input.get(form.toField())), number(input.get("version")),
					given(form.relationship().properties(), input), Source.read(input.get("source")));
		}

	}

	/** One target of a link field, with the link's own properties (a party's date, a call's role). */
	record Link(String key, Map<String, Object> properties) {

		static List<Link> read(LinkForm form, Object value) {
			if (value == null) {
				return null;
			}
			List<Link> links = new ArrayList<>();
			for (Object item : form.many() ? (List<?>) value : List.of(value)) {
				if (item instanceof Map<?, ?> fields && form.targetField() != null) {
					Map<String, Object> properties = new HashMap<>();
					form.properties().forEach(p -> properties.put(p.name(), fields.get(p.name())));
					links.add(new Link(text(fields.get(form.targetField())), properties));
				}
				else {
					links.add(new Link(text(item), Map.of()));
				}
			}
			return links;
		}

	}

	/** The source a write rests on: an existing one by id, or the properties of a new one. */
	record Source(String id, Map<String, Object> created) {

		@SuppressWarnings("unchecked")
		static Source read(Object value) {
			if (!(value instanceof Map<?, ?> choice)) {
				return null;
			}
			return new Source(text(choice.get("id")), (Map<String, Object>) choice.get("new"));
		}

	}

	private static Map<String, Object> given(List<PropertySpec> properties, Map<String, Object> input) {
		Map<String, Object> given = new LinkedHashMap<>();
		properties.stream().filter(p -> input.containsKey(p.name())).forEach(p -> given.put(p.name(), input.get(p.name())));
		return given;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static Long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : null;
	}

}
