package org.liaisongraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a write must keep beyond each property's own type and range, declared once per label
 * and run alike by the editor (mutations) and the importer (files), on the entity as it will be
 * after the write. A problem names the property, or the link and its position, and the reason;
 * each path only says where that is in its own input ({@code input.parties},
 * {@code PARTY_TO.csv:4: to}), so both give the same reason for the same bad fact.
 */
public final class WriteRules {

	/**
	 * What breaks a rule: a property of the entity ({@code link} null) or a link of a relationship
	 * type, all of them ({@code index} -1) or the one at that position in order.
	 */
	public record Problem(String link, int index, String property, String reason) {

		static Problem of(String property, String reason) {
			return new Problem(null, -1, property, reason);
		}

	}

	/** A date property that must not precede another of the same entity: later, earlier. */
	private record DateOrder(String later, String earlier) {
	}

	private static final Map<String, List<DateOrder>> DATE_ORDER = Map.of(
			"Treaty", List.of(new DateOrder("inForceFrom", "signedOn"), new DateOrder("terminatedOn", "inForceFrom"),
					new DateOrder("terminatedOn", "signedOn")),
			"LiaisonOfficer", List.of(new DateOrder("until", "since")),
			"SanctionMeasure", List.of(new DateOrder("liftedOn", "adoptedOn")));

	private WriteRules() {
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
		if (label.equals("SanctionMeasure")) {
			sanctionStatus(properties, problems);
		}
		return problems;
	}

	/**
	 * The problems of an entity's links as they will be after the write, given for each
	 * relationship type the entity's properties its rules read: a BILATERAL treaty has exactly two
	 * parties ({@code PARTY_TO}); a route calls at two ports or more, its ORIGIN first, its
	 * DESTINATION last and TRANSIT ports between, numbered from 0 ({@code CALLS_AT}, the calls'
	 * {@code seq} and {@code role} in order); a port lies in the state its UN/LOCODE names
	 * ({@code IN_STATE}, each link's target {@code key}, the port's {@code locode} among the properties).
	 */
	public static List<Problem> ofLinks(String label, Map<String, Object> properties, String type,
			List<Map<String, Object>> links) {
		List<Problem> problems = new ArrayList<>();
		if (label.equals("Treaty") && type.equals("PARTY_TO") && "BILATERAL".equals(properties.get("kind"))
				&& links.size() != 2) {
			problems.add(new Problem(type, -1, null, "a BILATERAL treaty needs exactly two parties, has " + links.size()));
		}
		if (label.equals("TraffickingRoute") && type.equals("CALLS_AT")) {
			if (links.size() < 2) {
				problems.add(new Problem(type, -1, null, "a route needs at least two calls, has " + links.size()));
			}
			for (int i = 0; i < links.size(); i++) {
				if (links.get(i).get("seq") instanceof Number seq && seq.longValue() != i) {
					problems.add(new Problem(type, i, "seq", "must be " + i + ": calls are numbered from 0 without gaps"));
				}
			}
			// with the numbering wrong, which call is last is anyone's guess
			boolean numbered = problems.isEmpty();
			for (int i = 0; links.size() >= 2 && numbered && i < links.size(); i++) {
				String expected = (i == 0) ? "ORIGIN" : (i == links.size() - 1) ? "DESTINATION" : "TRANSIT";
				if (!expected.equals(links.get(i).get("role"))) {
					problems.add(new Problem(type, i, "role", "must be " + expected));
				}
			}
		}
		if (label.equals("Port") && type.equals("IN_STATE") && properties.get("locode") instanceof String locode) {
			// a UN/LOCODE begins with the ISO code of the state the place is in
			links.stream()
				.map(l -> l.get("key"))
				.filter(state -> state != null && !locode.startsWith(state.toString()))
				.forEach(state -> problems.add(new Problem(type, -1, null, "Port '" + locode + "' is in state '"
						+ locode.substring(0, 2) + "' by its UN/LOCODE, not '" + state + "'")));
		}
		return problems;
	}

	/** The relationship types whose links {@link #ofLinks} checks for entities of the label. */
	public static List<String> linkRules(String label) {
		return switch (label) {
			case "Treaty" -> List.of("PARTY_TO");
			case "TraffickingRoute" -> List.of("CALLS_AT");
			case "Port" -> List.of("IN_STATE");
			default -> List.of();
		};
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
