package org.liaisongraph.sanction;

/** Kind of sanction measure. */
public enum SanctionKind {

	DIPLOMATIC_DEMARCHE, FUNDING_WITHDRAWAL, PARTNERSHIP_SUSPENSION, TRADE_RESTRICTION, VISA_RESTRICTION, ASSET_FREEZE

}
