package org.liaisongraph.neo4j;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Type;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.neo4j.core.convert.Neo4jConversionService;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.data.neo4j.core.mapping.Neo4jPersistentEntity;
import org.springframework.data.neo4j.core.mapping.Neo4jPersistentProperty;

/**
 * A node read into an entity record with Spring Data Neo4j's own metadata and conversions, but
 * without its general mapping, which for every node looks for related nodes in the record, keeps the
 * objects it has seen and calls back listeners: none of which a record of properties has. An
 * analysis maps thousands of nodes per request (a treaty per state and party), and that general
 * mapping was most of the time the application added to its statements. Only a record whose every
 * component is a plain property (no relationship, dynamic labels, internal id, composite or custom
 * converter) is read here, and only from a node; a missing value for a primitive component, and
 * anything else, goes to Spring Data Neo4j as before. {@code RecordNodesTests} holds the two to the
 * same result for every entity.
 */
final class RecordNodes {

	private final Neo4jMappingContext context;

	private final Map<Class<?>, Reader<?>> readers = new ConcurrentHashMap<>();

	RecordNodes(Neo4jMappingContext context) {
		this.context = context;
	}

	/** The entity of {@code value}, or null when Spring Data Neo4j must map it. */
	<T> T read(Class<T> type, Value value) {
		if (!TypeSystem.getDefault().NODE().isTypeOf(value)) {
			return null;
		}
		@SuppressWarnings("unchecked")
		Reader<T> reader = (Reader<T>) readers.computeIfAbsent(type, this::reader);
		return (reader.constructor == null) ? null : reader.read(value.asNode());
	}

	private <T> Reader<T> reader(Class<T> type) {
		if (!type.isRecord()) {
			return Reader.leftToSpringData();
		}
		Neo4jPersistentEntity<?> entity = context.getRequiredPersistentEntity(type);
		List<Component> components = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			Neo4jPersistentProperty property = entity.getPersistentProperty(component.getName());
			if (property == null || property.isAssociation() || property.isRelationship() || property.isDynamicLabels()
					|| property.isInternalIdProperty() || property.isComposite() || property.getOptionalConverter() != null) {
				return Reader.leftToSpringData();
			}
			components.add(new Component(property.getPropertyName(), property.getTypeInformation(),
					component.getType().isPrimitive(), Direct.of(component.getType())));
		}
		try {
			Constructor<T> constructor = type.getDeclaredConstructor(
					List.of(type.getRecordComponents()).stream().map(RecordComponent::getType).toArray(Class<?>[]::new));
			return new Reader<>(constructor, components, context.getConversionService());
		}
		catch (NoSuchMethodException ex) {
			return Reader.leftToSpringData();
		}
	}

	/** A graph property and the type Spring Data Neo4j converts it to. */
	private record Component(String property, TypeInformation<?> type, boolean primitive, Direct direct) {
	}

	/**
	 * A value of the driver's own type for a component read as Spring Data Neo4j's converters read it
	 * (its {@code CypherTypes}: {@code asString}, {@code asLong}, {@code asDouble}, {@code asLocalDate};
	 * an enum by its name), without asking the conversion service for a converter per value (a tenth
	 * of an analysis request's own time, PROFILE of treatyGaps at ten times national scale); any other
	 * value, null included, goes to the conversion service.
	 */
	private record Direct(Type driverType, Function<Value, Object> read, Map<String, Object> constants) {

		private static final TypeSystem TYPES = TypeSystem.getDefault();

		/** No direct reading: every value goes to the conversion service. */
		private static final Direct NONE = new Direct(null, null, null);

		static Direct of(Class<?> type) {
			if (type == String.class) {
				return new Direct(TYPES.STRING(), Value::asString, null);
			}
			if (type == Long.class) {
				return new Direct(TYPES.INTEGER(), Value::asLong, null);
			}
			if (type == Double.class) {
				return new Direct(TYPES.FLOAT(), Value::asDouble, null);
			}
			if (type == LocalDate.class) {
				return new Direct(TYPES.DATE(), Value::asLocalDate, null);
			}
			if (type.isEnum()) {
				Map<String, Object> constants = new HashMap<>();
				for (Object constant : type.getEnumConstants()) {
					constants.put(((Enum<?>) constant).name(), constant);
				}
				return new Direct(TYPES.STRING(), null, constants);
			}
			return NONE;
		}

		/** The component's value, or null when the conversion service must read it. */
		Object read(Value value) {
			if (driverType == null || !driverType.isTypeOf(value)) {
				return null;
			}
			return (constants != null) ? constants.get(value.asString()) : read.apply(value);
		}

	}

	/** How one record type is read; no constructor for a type left to Spring Data Neo4j. */
	private record Reader<T>(Constructor<T> constructor, List<Component> components, Neo4jConversionService conversions) {

		static <T> Reader<T> leftToSpringData() {
			return new Reader<>(null, List.of(), null);
		}

		T read(Node node) {
			Object[] arguments = new Object[components.size()];
			for (int i = 0; i < arguments.length; i++) {
				Component component = components.get(i);
				Value property = node.get(component.property);
				Object value = component.direct.read(property);
				if (value == null) {
					value = conversions.readValue(property, component.type, null);
				}
				if (value == null && component.primitive) {
					return null;
				}
				arguments[i] = value;
			}
			try {
				return constructor.newInstance(arguments);
			}
			catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
				return null;
			}
		}
	}

}
