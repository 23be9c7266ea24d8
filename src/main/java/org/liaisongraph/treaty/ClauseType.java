package org.liaisongraph.treaty;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * What a clause obliges or enables, and the one definition of which clause types a treaty needs
 * and which clause types satisfy which requirement.
 */
@NamedInterface("vocabulary")
public enum ClauseType {

	DRUG_TRAFFICKING_COOPERATION, ANTI_MONEY_LAUNDERING, OPERATIONAL_INFORMATION_EXCHANGE, CUSTOMS_COOPERATION,
	JUDICIAL_COOPERATION, READMISSION, MARITIME_INTERDICTION, EXTRADITION, MUTUAL_LEGAL_ASSISTANCE, SANCTIONS_ENFORCEMENT,
	TRANSFER_OF_SENTENCED_PERSONS;

	/** The types a bilateral treaty should have, from resolution requests 3.1-3.3 and 4. */
	public static final List<ClauseType> REQUIRED_BY_DEFAULT = List.of(DRUG_TRAFFICKING_COOPERATION,
			ANTI_MONEY_LAUNDERING, OPERATIONAL_INFORMATION_EXCHANGE, CUSTOMS_COOPERATION, JUDICIAL_COOPERATION,
			READMISSION);

	private static final Set<ClauseType> JUDICIAL = Set.of(EXTRADITION, MUTUAL_LEGAL_ASSISTANCE,
			TRANSFER_OF_SENTENCED_PERSONS);

	/** A treaty with a clause satisfying one of these is a cooperation treaty (sanction criteria). */
	public static final Set<ClauseType> COOPERATION = Set.of(DRUG_TRAFFICKING_COOPERATION,
			OPERATIONAL_INFORMATION_EXCHANGE);

	/**
	 * Whether a clause of this type satisfies the requirement: each type satisfies itself, and
	 * extradition, mutual legal assistance and the transfer of sentenced persons are each judicial
	 * cooperation, as a diplomat reads a treaty.
	 */
	public boolean satisfies(ClauseType requirement) {
		return this == requirement || (requirement == JUDICIAL_COOPERATION && JUDICIAL.contains(this));
	}

	/** The requirements a clause of this type satisfies, itself first. */
	public List<ClauseType> satisfied() {
		return Arrays.stream(values()).filter(this::satisfies).sorted(Comparator.comparing(type -> type != this)).toList();
	}

	/** Whether one of the clauses satisfies the requirement; {@code binding} asks for a binding one. */
	public static boolean satisfied(ClauseType requirement, Collection<Clause> clauses, boolean binding) {
		return clauses.stream().anyMatch(c -> c.type().satisfies(requirement) && (c.binding() || !binding));
	}

}
