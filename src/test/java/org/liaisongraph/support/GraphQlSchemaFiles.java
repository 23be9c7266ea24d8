package org.liaisongraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.liaisongraph.model.PropertySpec;

/**
 * The GraphQL schema files as written in {@code src/main/resources/graphql}, parsed without any
 * wiring, for tests that hold them against the graph model.
 */
public final class GraphQlSchemaFiles {

	/**
	 * Enum properties of the model that the API serves as a String, as {@code Label.property}: the
	 * Admiralty reliability letters A-F, which clients have always sent as text.
	 */
	public static final Set<String> ENUMS_AS_STRING = Set.of("Source.reliability");

	private final TypeDefinitionRegistry registry = new TypeDefinitionRegistry();

	private GraphQlSchemaFiles() {
	}

	public static GraphQlSchemaFiles read() {
		var files = new GraphQlSchemaFiles();
		try (Stream<Path> paths = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path path : paths.filter(p -> p.toString().endsWith(".graphqls")).sorted().toList()) {
				files.registry.merge(new SchemaParser().parse(Files.readString(path)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/** The fields of an object type, its extensions included, by name; null when there is no such type. */
	public Map<String, FieldDefinition> objectFields(String type) {
		var definition = registry.getType(type, ObjectTypeDefinition.class);
		if (definition.isEmpty()) {
			return null;
		}
		Map<String, FieldDefinition> fields = new LinkedHashMap<>();
		definition.get().getFieldDefinitions().forEach(f -> fields.put(f.getName(), f));
		registry.objectTypeExtensions()
			.getOrDefault(type, List.of())
			.forEach(e -> e.getFieldDefinitions().forEach(f -> fields.put(f.getName(), f)));
		return fields;
	}

	/** The fields of an input type by name with their types; null when there is no such type. */
	public Map<String, Type<?>> inputFields(String type) {
		var definition = registry.getType(type, InputObjectTypeDefinition.class);
		if (definition.isEmpty()) {
			return null;
		}
		Map<String, Type<?>> fields = new LinkedHashMap<>();
		definition.get().getInputValueDefinitions().forEach(f -> fields.put(f.getName(), f.getType()));
		registry.inputObjectTypeExtensions()
			.getOrDefault(type, List.of())
			.forEach(e -> e.getInputValueDefinitions().forEach(f -> fields.put(f.getName(), f.getType())));
		return fields;
	}

	/** The values of an enum type, or null when the name is no enum type. */
	public Set<String> enumValues(String type) {
		return registry.getType(type, EnumTypeDefinition.class)
			.map(e -> e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList())
			.<Set<String>>map(LinkedHashSet::new)
			.orElse(null);
	}

	/** Every field of an object type carrying the directive, as {@code Type.field}. */
	public Set<String> fieldsWithDirective(String directive) {
		Set<String> fields = new LinkedHashSet<>();
		for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
			objectFields(type.getName()).values()
				.stream()
				.filter(f -> f.hasDirective(directive))
				.forEach(f -> fields.add(type.getName() + "." + f.getName()));
		}
		return fields;
	}

	/** Whether a type names an object, interface or union type rather than a scalar or an enum. */
	public boolean composite(Type<?> type) {
		return registry.getType(named(type))
			.filter(d -> d instanceof ObjectTypeDefinition || d instanceof InterfaceTypeDefinition
					|| d instanceof UnionTypeDefinition)
			.isPresent();
	}

	/**
	 * What is wrong with a GraphQL type for a property of the model, or null: the scalar of its kind
	 * (a key or a string may be an ID), or an enum with exactly its values.
	 * @param owner the label or relationship type the property belongs to
	 */
	public String mismatch(String owner, PropertySpec property, Type<?> type) {
		if (list(type)) {
			return "is a list";
		}
		String name = named(type);
		Set<String> expected = switch (property.kind()) {
			case STRING -> Set.of("String", "ID");
			case INTEGER -> Set.of("Int");
			case FLOAT -> Set.of("Float");
			case BOOLEAN -> Set.of("Boolean");
			case DATE -> Set.of("Date");
			// derived labels only, which no GraphQL type shows
			case LIST -> Set.of();
			case ENUM -> ENUMS_AS_STRING.contains(owner + "." + property.name()) ? Set.of("String") : null;
		};
		if (expected != null) {
			return expected.contains(name) ? null : "is " + name + ", expected " + String.join(" or ", expected);
		}
		Set<String> values = enumValues(name);
		if (values == null) {
			return "is " + name + ", expected an enum of " + property.values();
		}
		return values.equals(property.values()) ? null
				: "enum " + name + " has " + values + ", the model " + property.values();
	}

	public static boolean nonNull(Type<?> type) {
		return type instanceof NonNullType;
	}

	/** The name of the type inside any non-null and list wrappers. */
	public static String named(Type<?> type) {
		return switch (type) {
			case NonNullType nonNull -> named(nonNull.getType());
			case ListType list -> named(list.getType());
			case TypeName name -> name.getName();
			default -> throw new IllegalArgumentException("unknown type " + type);
		};
	}

	public static boolean list(Type<?> type) {
		return ((type instanceof NonNullType nonNull) ? nonNull.getType() : type) instanceof ListType;
	}

}
