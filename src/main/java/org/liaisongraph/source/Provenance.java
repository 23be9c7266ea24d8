package org.liaisongraph.source;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The one definition of how sure a fact is: its grade is the Admiralty reliability (A, completely
 * reliable, to F, cannot be judged) of the weakest source behind it, and a fact graded F is
 * invented for illustration, never a finding. Every fact of the API carries both, in the fields
 * {@link #FIELDS}.
 */
public final class Provenance {

	/** The fields every fact type of the GraphQL schema carries, derived from its sources. */
	public static final List<String> FIELDS = List.of("grade", "illustrative");

	/** The grade of invented facts, and of the source {@code illustrative}. */
	public static final String ILLUSTRATIVE = "F";

	/** The grades of invented facts, as the Cypher fragment {@code illustrative} takes them. */
	public static final List<String> ILLUSTRATIVE_GRADES = List.of(ILLUSTRATIVE);

	private Provenance() {
	}

	/** The weakest of the grades (F is weakest), or null when there is none. */
	public static String weakest(Collection<String> grades) {
		return grades.stream().filter(Objects::nonNull).max(String::compareTo).orElse(null);
	}

	/** Whether a fact of this grade is invented for illustration. */
	public static boolean illustrative(String grade) {
		return ILLUSTRATIVE.equals(grade);
	}

	/** Whether a fact of this grade may be acted on: graded A to C. */
	public static boolean confirmed(String grade) {
		return grade != null && grade.compareTo("C") <= 0;
	}

}
