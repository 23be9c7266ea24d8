package org.liaisongraph.sanction;

import org.springframework.modulith.NamedInterface;

/** Kind of sanction measure. */
@NamedInterface("vocabulary")
public enum SanctionKind {

	DIPLOMATIC_DEMARCHE, FUNDING_WITHDRAWAL, PARTNERSHIP_SUSPENSION, TRADE_RESTRICTION, VISA_RESTRICTION, ASSET_FREEZE

}
