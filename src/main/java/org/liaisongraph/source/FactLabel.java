package org.liaisongraph.source;

/** The labels of fact nodes that carry {@code SUPPORTED_BY} sources, with their key property. */
public enum FactLabel {

	STATE("State", "iso2"), BLOC("Bloc", "code"), PORT("Port", "locode"), TREATY("Treaty", "id"),
	CLAUSE("Clause", "id"), LIAISON_OFFICER("LiaisonOfficer", "id"), AGENCY("Agency", "code"),
	SANCTION_MEASURE("SanctionMeasure", "id"), TRAFFICKING_ROUTE("TraffickingRoute", "id"), SEIZURE("Seizure", "id"),
	POST("Post", "id"), INDEX("Index", "code"), VESSEL("Vessel", "id"), SURVEILLANCE_ASSET("SurveillanceAsset", "id"),
	DEPLOYMENT("Deployment", "id"), DETECTION("Detection", "id"), MAOCN_CASE("MaocnCase", "id"),
	CONTAINER_SCAN("ContainerScan", "id"), INFORMATION_SHARING_AGREEMENT("InformationSharingAgreement", "id"),
	INTEGRITY_FIGURE("IntegrityFigure", "id");

	private final String label;

	private final String key;

	FactLabel(String label, String key) {
		this.label = label;
		this.key = key;
	}

	public String label() {
		return label;
	}

	public String key() {
		return key;
	}

}
