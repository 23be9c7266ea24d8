package org.liaisongraph.treaty;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** What a clause obliges or enables. */
@NamedInterface("vocabulary")
public enum ClauseType {

	DRUG_TRAFFICKING_COOPERATION, ANTI_MONEY_LAUNDERING, OPERATIONAL_INFORMATION_EXCHANGE, CUSTOMS_COOPERATION,
	JUDICIAL_COOPERATION, READMISSION, MARITIME_INTERDICTION, EXTRADITION, MUTUAL_LEGAL_ASSISTANCE, SANCTIONS_ENFORCEMENT;

	/** The types a bilateral treaty should have, from resolution requests 3.1-3.3 and 4. */
	public static final List<ClauseType> REQUIRED_BY_DEFAULT = List.of(DRUG_TRAFFICKING_COOPERATION,
			ANTI_MONEY_LAUNDERING, OPERATIONAL_INFORMATION_EXCHANGE, CUSTOMS_COOPERATION, JUDICIAL_COOPERATION,
			READMISSION);

}
