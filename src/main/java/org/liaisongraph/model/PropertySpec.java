package org.liaisongraph.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A typed property of the graph model: how a CSV cell becomes a Neo4j value, and what makes it
 * invalid. A restricted property is need-to-know: marked {@code @restricted} in the GraphQL schema,
 * and left out of exports for users not cleared for it.
 */
public record PropertySpec(String name, Kind kind, boolean required, Set<String> values, Pattern pattern, Double min,
		Double max, boolean restricted) {

	public enum Kind {

		STRING, INTEGER, FLOAT, BOOLEAN, DATE, ENUM,

		/** A list of strings or booleans: derived labels only, never imported. */
		LIST

	}

	public static PropertySpec string(String name) {
		return new PropertySpec(name, Kind.STRING, false, null, null, null, null, false);
	}

	public static PropertySpec integer(String name, double min, double max) {
		return new PropertySpec(name, Kind.INTEGER, false, null, null, min, max, false);
	}

	public static PropertySpec decimal(String name, double min, double max) {
		return new PropertySpec(name, Kind.FLOAT, false, null, null, min, max, false);
	}

	public static PropertySpec bool(String name) {
		return new PropertySpec(name, Kind.BOOLEAN, false, null, null, null, null, false);
	}

	public static PropertySpec date(String name) {
		return new PropertySpec(name, Kind.DATE, false, null, null, null, null, false);
	}

	/** A list property of a derived label (a derived fact), which no import or write sets. */
	public static PropertySpec list(String name) {
		return new PropertySpec(name, Kind.LIST, false, null, null, null, null, false);
	}

	public static PropertySpec oneOf(String name, Class<? extends Enum<?>> type) {
		return oneOf(name, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
	}

	public static PropertySpec oneOf(String name, List<String> values) {
		// in the order declared, which the documentation of the model keeps
		return new PropertySpec(name, Kind.ENUM, false, Collections.unmodifiableSet(new LinkedHashSet<>(values)), null,
				null, null, false);
	}

	public PropertySpec asRequired() {
		return new PropertySpec(name, kind, true, values, pattern, min, max, restricted);
	}

	public PropertySpec asRestricted() {
		return new PropertySpec(name, kind, required, values, pattern, min, max, true);
	}

	public PropertySpec matching(String regex) {
		return new PropertySpec(name, kind, required, values, Pattern.compile(regex), min, max, restricted);
	}

	/**
	 * Parses a cell.
	 * @return the value, or null for an empty cell
	 * @throws IllegalArgumentException with the reason the cell is invalid
	 */
	public Object parse(String cell) {
		if (cell == null || cell.isBlank()) {
			if (required) {
				throw new IllegalArgumentException("is required");
			}
			return null;
		}
		String text = cell.strip();
		return switch (kind) {
			case STRING -> {
				if (pattern != null && !pattern.matcher(text).matches()) {
					throw new IllegalArgumentException("'" + text + "' does not match " + pattern.pattern());
				}
				yield text;
			}
			case INTEGER -> inRange(parseNumber(text, true));
			case FLOAT -> inRange(parseNumber(text, false));
			case BOOLEAN -> switch (text) {
				case "true" -> true;
				case "false" -> false;
				default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
			};
			case DATE -> {
				try {
					yield LocalDate.parse(text);
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException("'" + text + "' is not a date yyyy-MM-dd");
				}
			}
			case LIST -> throw new IllegalArgumentException("is a derived list, never imported");
			case ENUM -> {
				if (!values.contains(text)) {
					throw new IllegalArgumentException("'" + text + "' is not one of "
							+ values.stream().sorted().collect(Collectors.joining(", ")));
				}
				yield text;
			}
		};
	}

	private static Number parseNumber(String text, boolean integral) {
		try {
			return integral ? (Number) Long.parseLong(text) : (Number) Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not " + (integral ? "an integer" : "a number"));
		}
	}

	private Number inRange(Number value) {
		double v = value.doubleValue();
		if (Double.isNaN(v) || (min != null && v < min) || (max != null && v > max)) {
			throw new IllegalArgumentException(value + " is outside " + format(min) + ".." + format(max));
		}
		return value;
	}

	private static String format(Double bound) {
		return (bound == null) ? "" : (bound == Math.rint(bound) ? String.valueOf(bound.longValue()) : bound.toString());
	}

}
