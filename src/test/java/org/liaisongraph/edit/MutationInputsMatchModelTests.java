package org.liaisongraph.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Type;
import org.junit.jupiter.api.Test;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.model.PropertySpec;
import org.liaisongraph.support.GraphQlSchemaFiles;

/**
 * The mutation inputs of the GraphQL schema against the graph model and the forms of the editor: a
 * property, link or fact added to one and not the others fails here. The editor reads the fields
 * its forms name and ignores any other, so a field only in the schema would be dropped silently.
 */
class MutationInputsMatchModelTests {

	private final GraphQlSchemaFiles schema = GraphQlSchemaFiles.read();

	private final List<String> problems = new ArrayList<>();

	/** An input field as the editor reads it: its type's name and whether it must be given. */
	private record Field(String type, boolean required) {

		static Field of(Type<?> type) {
			String name = GraphQlSchemaFiles.named(type);
			return new Field(GraphQlSchemaFiles.list(type) ? "[" + name + "]" : name, GraphQlSchemaFiles.nonNull(type));
		}

	}

	@Test
	void theAddAndUpdateInputsOfEachEntityHoldItsKeyPropertiesLinksAndSource() {
		for (EntityForm form : EntityForm.ALL) {
			String label = form.label();
			boolean isSource = label.equals("Source");
			for (boolean adding : List.of(true, false)) {
				String input = (adding ? "Add" : "Update") + label + "Input";
				Map<String, Field> expected = new LinkedHashMap<>();
				expected.put(form.key(), new Field(null, true));
				if (!adding) {
					expected.put("version", new Field("Int", true));
				}
				form.node().properties().forEach(p -> expected.put(p.name(), new Field(null, adding && p.required())));
				form.links().forEach(l -> expected.put(l.field(), new Field(null, adding && l.required())));
				if (!isSource) {
					expected.put("source", new Field("SourceInput", true));
					expected.put("credibility", new Field("Int", false));
				}
				else if (!adding) {
					// a change to a source may rest on another one
					expected.put("source", new Field("SourceInput", false));
				}
				check(input, expected, properties(form), label);
			}
		}
		assertThat(problems).as("Add/Update inputs against GraphModel.NODES and EntityForm").isEmpty();
	}

	@Test
	void theLinksOfAnEntityCarryThePropertiesOfTheirRelationshipType() {
		for (EntityForm form : EntityForm.ALL) {
			for (LinkForm link : form.links()) {
				RelSpec rel = GraphModel.relationship(link.type());
				// the properties that tell several links apart are their order in the list (a call's seq)
				var expected = rel.properties().stream().filter(p -> !rel.identity().contains(p.name())).toList();
				// as text: a Pattern has no equals of its own
				if (!link.properties().toString().equals(expected.toString())) {
					problems.add(form.label() + "." + link.field() + ": " + names(link.properties()) + ", "
							+ rel.type() + " in the model " + names(expected));
				}
				Map<String, Type<?>> inputs = schema.inputFields("Add" + form.label() + "Input");
				if (link.targetField() != null && inputs != null && inputs.containsKey(link.field())) {
					String element = GraphQlSchemaFiles.named(inputs.get(link.field()));
					Map<String, Field> fields = new LinkedHashMap<>();
					fields.put(link.targetField(), new Field("String", true));
					expected.forEach(p -> fields.put(p.name(), new Field(null, p.required())));
					check(element, fields, expected, rel.type());
				}
			}
		}
		assertThat(problems).as("EntityForm links against GraphModel.RELATIONSHIPS").isEmpty();
	}

	@Test
	void theAddAndUpdateInputsOfEachFactHoldItsEndsPropertiesAndSource() {
		for (FactForm form : FactForm.ALL) {
			for (boolean adding : List.of(true, false)) {
				Map<String, Field> expected = new LinkedHashMap<>();
				expected.put(form.fromField(), new Field("String", true));
				expected.put(form.toField(), new Field("String", true));
				form.identityProperties().forEach(p -> expected.put(p.name(), new Field(null, true)));
				if (!adding) {
					expected.put("version", new Field("Int", true));
				}
				form.valueProperties().forEach(p -> expected.put(p.name(), new Field(null, adding && p.required())));
				expected.put("source", new Field("SourceInput", true));
				check((adding ? "Add" : "Update") + form.name() + "Input", expected, form.relationship().properties(),
						form.type());
			}
		}
		assertThat(problems).as("Add/Update inputs against GraphModel.RELATIONSHIPS and FactForm").isEmpty();
	}

	/**
	 * Compares an input type with the fields expected, in any order; a field whose expected type is
	 * null is a property of the model, typed as the model has it.
	 */
	private void check(String input, Map<String, Field> expected, List<PropertySpec> properties, String owner) {
		Map<String, Type<?>> fields = schema.inputFields(input);
		if (fields == null) {
			problems.add(input + ": missing");
			return;
		}
		fields.keySet()
			.stream()
			.filter(f -> !expected.containsKey(f))
			.forEach(f -> problems.add(input + "." + f + ": not in the model nor the editor's form"));
		expected.forEach((name, field) -> {
			Type<?> type = fields.get(name);
			if (type == null) {
				problems.add(input + "." + name + ": missing");
				return;
			}
			var property = properties.stream().filter(p -> p.name().equals(name)).findFirst();
			if (field.type() == null && property.isPresent()) {
				String mismatch = schema.mismatch(owner, property.get(), type);
				if (mismatch != null) {
					problems.add(input + "." + name + ": " + mismatch);
				}
			}
			else if (field.type() != null && !field.type().equals(Field.of(type).type())) {
				problems.add(input + "." + name + ": is " + Field.of(type).type() + ", expected " + field.type());
			}
			if (field.required() != GraphQlSchemaFiles.nonNull(type)) {
				problems.add(input + "." + name + ": " + (field.required() ? "must be non-null" : "must be nullable"));
			}
		});
	}

	private static List<PropertySpec> properties(EntityForm form) {
		List<PropertySpec> properties = new ArrayList<>(form.node().properties());
		properties.add(form.node().key());
		return properties;
	}

	private static List<String> names(List<PropertySpec> properties) {
		return properties.stream().map(PropertySpec::name).toList();
	}

}
