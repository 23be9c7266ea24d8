package org.liaisongraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import org.junit.jupiter.api.Test;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.source.Provenance;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.support.GraphQlSchemaFiles;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * The graph model is declared once, in {@link GraphModel}; the migrations, the GraphQL schema, the
 * {@code @Node} records, the Java enums and {@link FactLabel} are written by hand beside it. These
 * tests fail when a label, key, property, relationship property or enum value is in one of them and
 * not in the model, or the other way round.
 */
class ModelConsistencyTests {

	/** Labels and relationship types the application keeps for itself, outside the graph model. */
	private static final Set<String> BOOKKEEPING = Set.of("DatasetImport", "AuditEntry", "GraphImport",
			"GraphImportBatch", "GraphImportUndo", "UserAccount", "PublishedReport",
			// derived from CALLS_AT, never imported nor edited
			"LEG");

	/** The GraphQL type that serves each relationship type with properties. */
	private static final Map<String, String> RELATIONSHIP_TYPES = Map.of("MEMBER_OF", "Membership", "PARTY_TO",
			"Party", "PARTICIPATES_IN", "Participation", "SHARES_INFORMATION_WITH", "InformationSharing", "CALLS_AT",
			"RouteCall", "NATIONALS_CONVICTED", "Conviction", "DETAINED_IN", "DetentionFigure", "RATED", "Rating");

	private static final Pattern CONSTRAINT = Pattern
		.compile("CREATE CONSTRAINT \\w+ IF NOT EXISTS FOR \\(\\w+:(\\w+)\\) REQUIRE (.+) IS UNIQUE;");

	private static final Pattern INDEX = Pattern.compile(
			"CREATE INDEX \\w+ IF NOT EXISTS FOR (?:\\(\\w+:(\\w+)\\)|\\(\\)-\\[\\w+:(\\w+)\\]-\\(\\)) ON \\((.+)\\);");

	private static final Pattern FULL_TEXT_INDEX = Pattern.compile(
			"CREATE FULLTEXT INDEX (\\w+) IF NOT EXISTS FOR \\(\\w+:([\\w|]+)\\) ON EACH \\[(.+)\\].*;");

	private final GraphQlSchemaFiles schema = GraphQlSchemaFiles.read();

	private final List<String> problems = new ArrayList<>();

	// ------------------------------------------------------------------ graph-schema migrations

	private record SchemaRule(String file, String statement, boolean unique, String target, List<String> properties) {
	}

	@Test
	void theFullTextIndexesAreTheOnesTheModelDeclares() throws IOException {
		var declared = GraphModel.FULL_TEXT_INDEXES.stream()
			.map(index -> index.name() + " " + index.labels() + " " + index.properties())
			.toList();
		assertThat(fullTextIndexes()).as("CREATE FULLTEXT INDEX in graph-schema/ against GraphModel.FULL_TEXT_INDEXES")
			.containsExactlyInAnyOrderElementsOf(declared);
		for (GraphModel.FullTextIndex index : GraphModel.FULL_TEXT_INDEXES) {
			for (String label : index.labels()) {
				if (GraphModel.node(label) == null) {
					problems.add(index.name() + ": " + label + " is no label of the model");
				}
			}
			index.properties()
				.stream()
				.filter(p -> index.labels().stream().map(GraphModel::node).noneMatch(n -> propertyNames(n).contains(p)))
				.forEach(p -> problems.add(index.name() + ": no label of the index has the property " + p));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void onlyTheIndexOfOfficerNamesIsClosedToUsersNotClearedForRestrictedFields() {
		assertThat(GraphModel.FULL_TEXT_INDEXES.stream().filter(GraphModel.FullTextIndex::restricted))
			.extracting(GraphModel.FullTextIndex::name)
			.containsExactly("search_restricted");
	}

	/** Each {@code CREATE FULLTEXT INDEX} of the migrations as "name [labels] [properties]". */
	private static List<String> fullTextIndexes() throws IOException {
		List<String> indexes = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("graph-schema"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					Matcher index = FULL_TEXT_INDEX.matcher(line.strip());
					if (index.matches()) {
						indexes.add(index.group(1) + " " + List.of(index.group(2).split("\\|")) + " "
								+ properties(index.group(3)));
					}
				}
			}
		}
		return indexes;
	}

	@Test
	void everyLabelsKeyAndOnlyItHasAUniqueConstraint() throws IOException {
		var rules = schemaRules();
		for (NodeSpec node : GraphModel.NODES) {
			var unique = rules.stream().filter(r -> r.unique() && r.target().equals(node.label())).toList();
			if (unique.stream().noneMatch(r -> r.properties().equals(List.of(node.key().name())))) {
				problems.add(node.label() + "." + node.key().name() + ": key without a unique constraint");
			}
			unique.stream()
				.filter(r -> !r.properties().equals(List.of(node.key().name())))
				.forEach(r -> problems.add(r.file() + ": unique constraint on a property other than the key "
						+ node.key().name() + ": " + r.statement()));
		}
		assertThat(problems).as("graph-schema/ against GraphModel").isEmpty();
	}

	@Test
	void everyDerivedLabelsKeyAndOnlyItHasAUniqueConstraint() throws IOException {
		var rules = schemaRules();
		for (var derived : GraphModel.DERIVED) {
			assertThat(rules.stream().filter(r -> r.unique() && r.target().equals(derived.label())).map(SchemaRule::properties))
				.as(derived.label() + ": its key, and only it, is unique")
				.containsExactly(derived.key());
			assertThat(GraphModel.target(derived.label())).as(derived.label() + " is never imported").isNull();
		}
	}

	@Test
	void everyConstraintAndIndexNamesALabelOrTypeAndPropertiesOfTheModel() throws IOException {
		for (SchemaRule rule : schemaRules()) {
			var target = GraphModel.target(rule.target());
			var derived = GraphModel.derived(rule.target());
			if (derived != null) {
				Set<String> properties = derived.properties().stream().map(PropertySpec::name).collect(Collectors.toSet());
				rule.properties()
					.stream()
					.filter(p -> !properties.contains(p))
					.forEach(p -> problems.add(rule.file() + ": " + rule.target() + "." + p
							+ " is no property of the derived label: " + rule.statement()));
				continue;
			}
			if (target == null) {
				if (!BOOKKEEPING.contains(rule.target())) {
					problems.add(rule.file() + ": " + rule.target() + " is no label or relationship type of the model: "
							+ rule.statement());
				}
				continue;
			}
			Set<String> properties = propertyNames(target);
			rule.properties()
				.stream()
				.filter(p -> !properties.contains(p))
				.forEach(p -> problems.add(rule.file() + ": " + rule.target() + "." + p
						+ " is no property of the model: " + rule.statement()));
		}
		assertThat(problems).as("graph-schema/ against GraphModel").isEmpty();
	}

	private List<SchemaRule> schemaRules() throws IOException {
		List<SchemaRule> rules = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("graph-schema"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
				for (String line : Files.readAllLines(file)) {
					String statement = line.strip();
					Matcher constraint = CONSTRAINT.matcher(statement);
					Matcher index = INDEX.matcher(statement);
					String name = file.getFileName().toString();
					if (constraint.matches()) {
						rules.add(new SchemaRule(name, statement, true, constraint.group(1), properties(constraint.group(2))));
					}
					else if (index.matches()) {
						String target = (index.group(1) != null) ? index.group(1) : index.group(2);
						rules.add(new SchemaRule(name, statement, false, target, properties(index.group(3))));
					}
					// full-text indexes: theFullTextIndexesAreTheOnesTheModelDeclares; "CREATE (" writes data
					// (V0088 carries journal records over), not a schema rule
					else if ((statement.startsWith("CREATE") && !statement.startsWith("CREATE (") || statement.startsWith("DROP"))
							&& !FULL_TEXT_INDEX.matcher(statement).matches()) {
						problems.add(name + ": a statement this test cannot read, teach it: " + statement);
					}
				}
			}
		}
		return rules;
	}

	/** {@code n.a} or {@code (n.a, n.`b`)} as [a, b]. */
	private static List<String> properties(String text) {
		return Arrays.stream(text.replaceAll("[()`]", "").split(","))
			.map(p -> p.strip().replaceFirst("^\\w+\\.", ""))
			.toList();
	}

	// ------------------------------------------------------------------ GraphQL types

	@Test
	void everyLabelHasAGraphQlTypeWithEachOfItsPropertiesTyped() {
		for (NodeSpec node : GraphModel.NODES) {
			checkFields(node.label(), node.label(), allProperties(node));
		}
		assertThat(problems).as("GraphQL object types against GraphModel.NODES").isEmpty();
	}

	@Test
	void everyRelationshipTypeWithPropertiesHasAGraphQlTypeWithEachOfThemTyped() {
		for (RelSpec rel : GraphModel.RELATIONSHIPS) {
			String type = RELATIONSHIP_TYPES.get(rel.type());
			if (rel.properties().isEmpty()) {
				continue;
			}
			if (type == null) {
				problems.add(rel.type() + " has properties but no GraphQL type: add it to RELATIONSHIP_TYPES");
				continue;
			}
			checkFields(rel.type(), type, rel.properties());
		}
		assertThat(problems).as("GraphQL object types against GraphModel.RELATIONSHIPS").isEmpty();
	}

	private void checkFields(String owner, String type, List<PropertySpec> properties) {
		Map<String, FieldDefinition> fields = schema.objectFields(type);
		if (fields == null) {
			problems.add(owner + ": no GraphQL type " + type);
			return;
		}
		for (PropertySpec property : properties) {
			FieldDefinition field = fields.get(property.name());
			if (field == null) {
				problems.add(type + "." + property.name() + ": missing");
				continue;
			}
			String mismatch = schema.mismatch(owner, property, field.getType());
			if (mismatch != null) {
				problems.add(type + "." + property.name() + ": " + mismatch);
			}
			// a null for a non-null field would wipe out its parent
			if (GraphQlSchemaFiles.nonNull(field.getType()) && !property.required()) {
				problems.add(type + "." + property.name() + ": non-null, but the property is optional");
			}
		}
	}

	@Test
	void theSingleScalarFieldsOfALabelsGraphQlTypeAreItsPropertiesAndVersion() {
		// a field of one scalar or enum value and no arguments reads a stored property
		for (NodeSpec node : GraphModel.NODES) {
			Map<String, FieldDefinition> fields = schema.objectFields(node.label());
			if (fields == null) {
				continue;
			}
			Set<String> stored = propertyNames(node);
			fields.values()
				.stream()
				.filter(f -> f.getInputValueDefinitions().isEmpty() && !schema.composite(f.getType())
						&& !GraphQlSchemaFiles.list(f.getType()))
				.map(FieldDefinition::getName)
				.filter(name -> !name.equals("version") && !Provenance.FIELDS.contains(name) && !stored.contains(name))
				.forEach(name -> problems.add(node.label() + "." + name + ": not in the model"));
			if (!node.label().equals("Source")) {
				Provenance.FIELDS.stream()
					.filter(name -> !fields.containsKey(name))
					.forEach(name -> problems.add(node.label() + "." + name + ": a fact without its provenance field"));
			}
		}
		assertThat(problems).as("GraphQL object types against GraphModel.NODES").isEmpty();
	}

	@Test
	void theRestrictedPropertiesAreTheFieldsMarkedRestricted() {
		Set<String> model = new TreeSet<>();
		GraphModel.NODES.forEach(n -> n.properties()
			.stream()
			.filter(PropertySpec::restricted)
			.forEach(p -> model.add(n.label() + "." + p.name())));
		GraphModel.RELATIONSHIPS.forEach(r -> r.properties()
			.stream()
			.filter(PropertySpec::restricted)
			.forEach(p -> model.add(RELATIONSHIP_TYPES.get(r.type()) + "." + p.name())));

		assertThat(new TreeSet<>(schema.fieldsWithDirective("restricted")))
			.as("fields marked @restricted in the GraphQL schema, against properties flagged restricted in GraphModel")
			.isEqualTo(model);
	}

	// ------------------------------------------------------------------ Java

	@Test
	void eachEnumPropertyHasTheValuesOfItsGraphQlEnumAndOfTheJavaEnumOfThatName() {
		Map<String, List<Class<?>>> javaEnums = classes((reader, factory) -> "java.lang.Enum"
			.equals(reader.getClassMetadata().getSuperClassName())).stream()
			.collect(Collectors.groupingBy(Class::getSimpleName));
		for (var owner : owners().entrySet()) {
			Map<String, FieldDefinition> fields = schema.objectFields(graphQlType(owner.getKey()));
			for (PropertySpec property : owner.getValue()) {
				if (property.kind() != PropertySpec.Kind.ENUM || fields == null || !fields.containsKey(property.name())) {
					continue;
				}
				String type = GraphQlSchemaFiles.named(fields.get(property.name()).getType());
				if (schema.enumValues(type) == null) {
					continue;
				}
				var candidates = javaEnums.getOrDefault(type, List.of());
				if (candidates.size() != 1) {
					problems.add(owner.getKey() + "." + property.name() + ": " + candidates.size()
							+ " Java enums named " + type + ", expected one");
					continue;
				}
				var constants = Arrays.stream(candidates.getFirst().getEnumConstants())
					.map(c -> ((Enum<?>) c).name())
					.collect(Collectors.toCollection(LinkedHashSet::new));
				if (!constants.equals(property.values())) {
					problems.add(owner.getKey() + "." + property.name() + ": Java enum " + candidates.getFirst().getName()
							+ " has " + constants + ", the model " + property.values());
				}
			}
		}
		assertThat(problems).as("Java enums against GraphModel").isEmpty();
	}

	@Test
	void everyLabelHasANodeRecordWhoseComponentsAreItsPropertiesAndVersion() {
		Map<String, Class<?>> records = classes(new AnnotationTypeFilter(Node.class)).stream()
			.collect(Collectors.toMap(ModelConsistencyTests::label, Function.identity()));
		records.keySet()
			.stream()
			.filter(label -> GraphModel.node(label) == null)
			.forEach(label -> problems.add(records.get(label).getName() + ": @Node " + label + " is no label of the model"));
		for (NodeSpec node : GraphModel.NODES) {
			Class<?> type = records.get(node.label());
			if (type == null || !type.isRecord()) {
				problems.add(node.label() + ": no @Node record");
				continue;
			}
			Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
				.collect(Collectors.toMap(RecordComponent::getName, Function.identity()));
			Set<String> expected = new LinkedHashSet<>(propertyNames(node));
			expected.add("version");
			if (!components.keySet().equals(expected)) {
				problems.add(type.getName() + " has " + components.keySet().stream().sorted().toList()
						+ ", the model " + expected.stream().sorted().toList());
			}
			for (PropertySpec property : allProperties(node)) {
				RecordComponent component = components.get(property.name());
				String mismatch = (component != null) ? mismatch(node.label(), property, component.getType()) : null;
				if (mismatch != null) {
					problems.add(type.getSimpleName() + "." + property.name() + ": " + mismatch);
				}
			}
		}
		assertThat(problems).as("@Node records against GraphModel.NODES").isEmpty();
	}

	private static String mismatch(String label, PropertySpec property, Class<?> type) {
		if (type.isPrimitive() && !property.required()) {
			return "primitive " + type + ", but the property is optional";
		}
		Set<Class<?>> expected = switch (property.kind()) {
			case STRING -> Set.of(String.class);
			case INTEGER -> Set.of(int.class, Integer.class, long.class, Long.class);
			case FLOAT -> Set.of(double.class, Double.class);
			case BOOLEAN -> Set.of(boolean.class, Boolean.class);
			case DATE -> Set.of(LocalDate.class);
			case LIST -> Set.of(List.class);
			case ENUM -> GraphQlSchemaFiles.ENUMS_AS_STRING.contains(label + "." + property.name())
					? Set.of(String.class) : null;
		};
		if (expected != null) {
			return expected.contains(type) ? null : "is " + type.getSimpleName() + " for a " + property.kind();
		}
		if (!type.isEnum()) {
			return "is " + type.getSimpleName() + ", expected an enum of " + property.values();
		}
		var constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
		return new LinkedHashSet<>(constants).equals(property.values()) ? null
				: type.getSimpleName() + " has " + constants + ", the model " + property.values();
	}

	@Test
	void theFactLabelsAreTheLabelsOtherThanSourceWithTheirKeys() {
		Map<String, String> model = GraphModel.NODES.stream()
			.filter(n -> !n.label().equals("Source"))
			.collect(Collectors.toMap(NodeSpec::label, n -> n.key().name()));

		assertThat(Arrays.stream(FactLabel.values()).collect(Collectors.toMap(FactLabel::label, FactLabel::key)))
			.as("FactLabel against GraphModel.NODES: every label but Source carries SUPPORTED_BY sources")
			.isEqualTo(model);
	}

	// ------------------------------------------------------------------ helpers

	/** Every label and relationship type with its properties, keys included. */
	private static Map<String, List<PropertySpec>> owners() {
		Map<String, List<PropertySpec>> owners = new LinkedHashMap<>();
		GraphModel.NODES.forEach(n -> owners.put(n.label(), allProperties(n)));
		GraphModel.RELATIONSHIPS.forEach(r -> owners.put(r.type(), r.properties()));
		return owners;
	}

	private static String graphQlType(String owner) {
		return RELATIONSHIP_TYPES.getOrDefault(owner, owner);
	}

	private static List<PropertySpec> allProperties(NodeSpec node) {
		return Stream.concat(Stream.of(node.key()), node.properties().stream()).toList();
	}

	private static Set<String> propertyNames(GraphModel.Target target) {
		List<PropertySpec> properties = switch (target) {
			case NodeSpec node -> allProperties(node);
			case RelSpec rel -> rel.properties();
		};
		return properties.stream().map(PropertySpec::name).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static List<Class<?>> classes(TypeFilter filter) {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(filter);
		return scanner.findCandidateComponents("org.liaisongraph")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.<Class<?>>map(name -> {
				try {
					return Class.forName(name, false, ModelConsistencyTests.class.getClassLoader());
				}
				catch (ClassNotFoundException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.toList();
	}

	private static String label(Class<?> type) {
		Node node = type.getAnnotation(Node.class);
		if (!node.primaryLabel().isEmpty()) {
			return node.primaryLabel();
		}
		return (node.value().length > 0) ? node.value()[0]
				: (node.labels().length > 0) ? node.labels()[0] : type.getSimpleName();
	}

}
