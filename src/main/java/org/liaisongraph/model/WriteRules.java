package org.liaisongraph.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The rules a write must keep beyond each property's own type and range, declared once per label
 * and run alike by the editor (mutations) and the importer (files and the {@code check} command),
 * on the entity as it will be after the write. A problem names the property, or the link and its
 * position, and the reason; each path only says where that is in its own input
 * ({@code input.parties}, {@code PARTY_TO.csv:4: to}), so both give the same reason for the same
 * bad fact.
 */
public final class WriteRules {

	/**
	 * What breaks a rule: a property of the entity ({@code link} null), or a link of a relationship
	 * type: all of them ({@code index} -1) or the one at that position, and its {@code property}
	 * ({@code key} for the entity it links to) or none.
	 */
	public record Problem(String link, int index, String property, String reason) {

		static Problem of(String property, String reason) {
			return new Problem(null, -1, property, reason);
		}

	}

	/**
	 * A rule on the links of one relationship type of an entity of one label, given the entity's
	 * properties (its key among them) and its links in order, each a map of the link's properties
	 * and {@code key}, the key of the entity it links to.
	 */
	public record LinkRule(String label, String type, LinkCheck check) {
	}

	/** How a link rule checks, adding its problems. */
	@FunctionalInterface
	public interface LinkCheck {

		void check(String type, Map<String, Object> properties, List<Map<String, Object>> links, List<Problem> problems);

	}

	/** A date property that must not precede another of the same entity: later, earlier. */
	private record DateOrder(String later, String earlier) {
	}

	private static final Map<String, List<DateOrder>> DATE_ORDER = Map.of(
			"Treaty", List.of(new DateOrder("inForceFrom", "signedOn"), new DateOrder("terminatedOn", "inForceFrom"),
					new DateOrder("terminatedOn", "signedOn")),
			"LiaisonOfficer", List.of(new DateOrder("until", "since")),
			"SanctionMeasure", List.of(new DateOrder("liftedOn", "adoptedOn"), new DateOrder("adoptedOn", "proposedOn"),
					new DateOrder("liftedOn", "proposedOn")),
			"Deployment", List.of(new DateOrder("until", "from")));

	private static final Map<String, List<BiConsumer<Map<String, Object>, List<Problem>>>> PROPERTY_RULES = Map
		.of("SanctionMeasure", List.of(WriteRules::sanctionStatus));

	/** The rules across an entity's links, each for a label and a relationship type of the model. */
	public static final List<LinkRule> LINK_RULES = List.of(new LinkRule("Treaty", "PARTY_TO", WriteRules::bilateralParties),
			new LinkRule("TraffickingRoute", "CALLS_AT", WriteRules::routeCalls),
			new LinkRule("Port", "IN_STATE", WriteRules::portInItsState));

	/**
	 * Wholes and their parts: entities of {@code label} linked by {@code type} from a part to its
	 * whole, whose {@code quantity} is a share of the whole's (a port's yearly seizure total and its
	 * breakdown by origin country), so the parts never add up to more than the whole.
	 */
	public record PartRule(String label, String type, String quantity) {
	}

	/** The one label with parts: a seizure total and its breakdown rows. */
	public static final PartRule PARTS = new PartRule("Seizure", "PART_OF", "quantityKg");

	private WriteRules() {
	}

	/**
	 * The problem of a whole whose parts, as they will be after the write, add up to more than its
	 * own quantity, or none: {@code parts} maps each part's key to its quantity.
	 */
	public static List<Problem> ofParts(String whole, Number quantity, Map<String, ? extends Number> parts) {
		double sum = parts.values().stream().mapToDouble(Number::doubleValue).sum();
		// kilograms in decimals: a sum may overshoot by a rounding error, never by a gram
		if (quantity == null || sum <= quantity.doubleValue() + 1e-6) {
			return List.of();
		}
		return List.of(new Problem(PARTS.type(), -1, PARTS.quantity(),
				"the parts of " + PARTS.label() + " '" + whole + "' (" + String.join(", ", new TreeSet<>(parts.keySet()))
						+ ") add up to " + format(sum) + ", more than its " + format(quantity.doubleValue())));
	}

	private static String format(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** The problems of an entity's own properties: dates in order, a sanction measure's status and its dates. */
	public static List<Problem> ofProperties(String label, Map<String, Object> properties) {
		List<Problem> problems = new ArrayList<>();
		for (DateOrder rule : DATE_ORDER.getOrDefault(label, List.of())) {
			if (properties.get(rule.later()) instanceof LocalDate later
					&& properties.get(rule.earlier()) instanceof LocalDate earlier && later.isBefore(earlier)
					&& problems.stream().noneMatch(p -> p.property().equals(rule.later()))) {
				problems.add(Problem.of(rule.later(), later + " is before " + rule.earlier() + " " + earlier));
			}
		}
		PROPERTY_RULES.getOrDefault(label, List.of()).forEach(rule -> rule.accept(properties, problems));
		return problems;
	}

	/** The problems of an entity's links of one type as they will be after the write. */
	public static List<Problem> ofLinks(String label, Map<String, Object> properties, String type,
			List<Map<String, Object>> links) {
		List<Problem> problems = new ArrayList<>();
		LINK_RULES.stream()
			.filter(rule -> rule.label().equals(label) && rule.type().equals(type))
			.forEach(rule -> rule.check().check(type, properties, links, problems));
		return problems;
	}

	/** The relationship types whose links {@link #ofLinks} checks for entities of the label. */
	public static List<String> linkRules(String label) {
		return LINK_RULES.stream().filter(rule -> rule.label().equals(label)).map(LinkRule::type).distinct().toList();
	}

	/** A BILATERAL treaty has exactly two parties. */
	private static void bilateralParties(String type, Map<String, Object> treaty, List<Map<String, Object>> parties,
			List<Problem> problems) {
		if ("BILATERAL".equals(treaty.get("kind")) && parties.size() != 2) {
			problems.add(new Problem(type, -1, null, "a BILATERAL treaty needs exactly two parties, has " + parties.size()));
		}
	}

	/**
	 * A route calls at two ports or more, numbered from 0 without gaps, its ORIGIN first, its
	 * DESTINATION last and TRANSIT ports between.
	 */
	private static void routeCalls(String type, Map<String, Object> route, List<Map<String, Object>> calls,
			List<Problem> problems) {
		if (calls.size() < 2) {
			problems.add(new Problem(type, -1, null, "a route needs at least two calls, has " + calls.size()));
			return;
		}
		boolean numbered = true;
		for (int i = 0; i < calls.size(); i++) {
			if (calls.get(i).get("seq") instanceof Number seq && seq.longValue() != i) {
				problems.add(new Problem(type, i, "seq", "must be " + i + ": calls are numbered from 0 without gaps"));
				numbered = false;
			}
		}
		// with the numbering wrong, which call is last is anyone's guess
		for (int i = 0; numbered && i < calls.size(); i++) {
			String expected = (i == 0) ? "ORIGIN" : (i == calls.size() - 1) ? "DESTINATION" : "TRANSIT";
			if (!expected.equals(calls.get(i).get("role"))) {
				problems.add(new Problem(type, i, "role", "must be " + expected));
			}
		}
	}

	/** A UN/LOCODE begins with the ISO code of the state the place is in. */
	private static void portInItsState(String type, Map<String, Object> port, List<Map<String, Object>> states,
			List<Problem> problems) {
		if (!(port.get("locode") instanceof String locode)) {
			return;
		}
		for (int i = 0; i < states.size(); i++) {
			Object state = states.get(i).get("key");
			if (state != null && !locode.startsWith(state.toString())) {
				problems.add(new Problem(type, i, "key", "Port '" + locode + "' is in state '" + locode.substring(0, 2)
						+ "' by its UN/LOCODE, not '" + state + "'"));
			}
		}
	}

	private static void sanctionStatus(Map<String, Object> properties, List<Problem> problems) {
		Object status = properties.get("status");
		if ("PROPOSED".equals(status)) {
			for (String date : List.of("adoptedOn", "liftedOn")) {
				if (properties.get(date) != null) {
					problems.add(Problem.of(date, "must be empty while the measure is PROPOSED"));
				}
			}
		}
		if (("ADOPTED".equals(status) || "LIFTED".equals(status)) && properties.get("adoptedOn") == null) {
			problems.add(Problem.of("adoptedOn", "is required when the status is " + status));
		}
		if ("ADOPTED".equals(status) && properties.get("liftedOn") != null) {
			problems.add(Problem.of("liftedOn", "must be empty while the measure is ADOPTED"));
		}
		if ("LIFTED".equals(status) && properties.get("liftedOn") == null) {
			problems.add(Problem.of("liftedOn", "is required when the status is LIFTED"));
		}
	}

}
