package org.liaisongraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises the business keys callers type, naming the field on failure. */
public final class Inputs {

	private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

	private static final Pattern LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

	private Inputs() {
	}

	/** An ISO 3166-1 alpha-2 code, upper-cased; null stays null. */
	public static String iso2(String value, String field) {
		return matching(value, field, ISO2, "must be an ISO 3166-1 alpha-2 code such as BE");
	}

	public static List<String> iso2s(List<String> values, String field) {
		return (values != null) ? values.stream().map(v -> iso2(v, field)).toList() : null;
	}

	/** A UN/LOCODE, upper-cased; null stays null. */
	public static String locode(String value, String field) {
		return matching(value, field, LOCODE, "must be a UN/LOCODE of five characters such as BEANR");
	}

	/** An ISO code or a bloc or agency code (BE, EU, BENELUX, MAOC-N), upper-cased; null stays null. */
	public static String code(String value, String field) {
		return matching(value, field, CODE, "must be a state, bloc or agency code such as BE, EU or MAOC-N");
	}

	/** Free text to search for: trimmed, null when blank. */
	public static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public static void requireOrdered(LocalDate from, LocalDate to, String field) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new BadRequestException(field, "must not be before " + from);
		}
	}

	/**
	 * A whole number argument within its bounds, both included.
	 * @throws BadRequestException when it is null or out of bounds
	 */
	public static int between(Integer value, int min, int max, String field) {
		if (value == null || value < min || value > max) {
			throw new BadRequestException(field, "must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	private static String matching(String value, String field, Pattern pattern, String rule) {
		if (value == null) {
			return null;
		}
		String normalised = value.trim().toUpperCase(Locale.ROOT);
		if (!pattern.matcher(normalised).matches()) {
			throw new BadRequestException(field, "'" + value + "' " + rule);
		}
		return normalised;
	}

}
