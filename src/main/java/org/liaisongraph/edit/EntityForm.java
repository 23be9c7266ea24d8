package org.liaisongraph.edit;

import static org.liaisongraph.model.PropertySpec.date;
import static org.liaisongraph.model.PropertySpec.oneOf;

import java.util.List;
import java.util.Optional;

import org.liaisongraph.agency.Agency;
import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.NodeSpec;
import org.liaisongraph.liaison.LiaisonOfficer;
import org.liaisongraph.liaison.Post;
import org.liaisongraph.maritime.ContainerScan;
import org.liaisongraph.maritime.Deployment;
import org.liaisongraph.maritime.Detection;
import org.liaisongraph.maritime.InformationSharingAgreement;
import org.liaisongraph.maritime.IntegrityFigure;
import org.liaisongraph.maritime.MaocnCase;
import org.liaisongraph.maritime.SurveillanceAsset;
import org.liaisongraph.maritime.Vessel;
import org.liaisongraph.port.Port;
import org.liaisongraph.route.CallRole;
import org.liaisongraph.route.Seizure;
import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.sanction.SanctionMeasure;
import org.liaisongraph.source.Source;
import org.liaisongraph.state.Bloc;
import org.liaisongraph.state.Index;
import org.liaisongraph.state.State;
import org.liaisongraph.treaty.Clause;
import org.liaisongraph.treaty.Treaty;

/**
 * How an entity of the graph model is edited: the record returned to clients, its links, the
 * relationships that go with it when it is removed, and the entities removed with it.
 */
record EntityForm(NodeSpec node, Class<?> type, List<LinkForm> links, List<String> owned, List<String> cascade) {

	private static final List<String> STATE = List.of("State");

	private static final List<String> STATE_OR_BLOC = List.of("State", "Bloc");

	private static final List<String> PORT = List.of("Port");

	static final List<EntityForm> ALL = List.of(form("Source", Source.class),
			form("State", State.class, List.of(), List.of("MEMBER_OF", "RATED", "NATIONALS_CONVICTED", "DETAINED_IN")),
			form("Bloc", Bloc.class), form("Index", Index.class),
			form("Port", Port.class, List.of(LinkForm.one("state", "IN_STATE", STATE, true))),
			new EntityForm(GraphModel.node("Treaty"), Treaty.class,
					List.of(new LinkForm("parties", "PARTY_TO", false, STATE_OR_BLOC, false, true, "party",
							List.of(date("since")))),
					List.of(), List.of("HAS_CLAUSE")),
			form("Clause", Clause.class,
					List.of(new LinkForm("treaty", "HAS_CLAUSE", false, List.of("Treaty"), true, false, null, List.of()))),
			form("Agency", Agency.class, List.of(LinkForm.one("belongsTo", "BELONGS_TO", STATE_OR_BLOC, false)),
					List.of("PARTICIPATES_IN", "SHARES_INFORMATION_WITH")),
			form("Post", Post.class,
					List.of(LinkForm.one("state", "IN_STATE", STATE, true), LinkForm.many("covers", "COVERS", PORT))),
			form("LiaisonOfficer", LiaisonOfficer.class,
					List.of(LinkForm.one("agency", "SENT_BY", List.of("Agency"), false),
							LinkForm.one("accreditedTo", "ACCREDITED_TO", STATE, false),
							LinkForm.one("post", "ATTACHED_TO", List.of("Post"), false),
							LinkForm.many("postedAt", "POSTED_AT", PORT))),
			form("SanctionMeasure", SanctionMeasure.class,
					List.of(LinkForm.one("target", "TARGETS", STATE, true),
							LinkForm.one("imposedBy", "IMPOSED_BY", STATE_OR_BLOC, true))),
			form("TraffickingRoute", TraffickingRoute.class,
					List.of(new LinkForm("calls", "CALLS_AT", true, PORT, true, true, "port",
							List.of(oneOf("role", CallRole.class).asRequired())))),
			form("Seizure", Seizure.class,
					List.of(LinkForm.one("at", "AT", PORT, true), LinkForm.one("shippedFrom", "SHIPPED_FROM", PORT, false),
							LinkForm.one("shippedFromState", "SHIPPED_FROM_STATE", STATE, false),
							LinkForm.one("partOf", "PART_OF", List.of("Seizure"), false),
							LinkForm.one("route", "ON_ROUTE", List.of("TraffickingRoute"), false))),
			form("Vessel", Vessel.class, List.of(LinkForm.one("flagState", "FLAGGED_IN", STATE, false))),
			form("SurveillanceAsset", SurveillanceAsset.class,
					List.of(LinkForm.one("operator", "OPERATED_BY", List.of("Agency"), false))),
			form("Deployment", Deployment.class,
					List.of(LinkForm.one("asset", "DEPLOYS", List.of("SurveillanceAsset"), true),
							LinkForm.many("routes", "WATCHES", List.of("TraffickingRoute")))),
			form("Detection", Detection.class,
					List.of(LinkForm.one("vessel", "OF_VESSEL", List.of("Vessel"), false),
							LinkForm.one("asset", "DETECTED_BY", List.of("SurveillanceAsset"), false),
							LinkForm.one("suspectedRoute", "SUSPECTED_ON", List.of("TraffickingRoute"), false))),
			form("MaocnCase", MaocnCase.class,
					List.of(LinkForm.one("detection", "REFERS", List.of("Detection"), false),
							LinkForm.one("interceptingState", "INTERCEPTING_STATE", STATE, false),
							LinkForm.one("interceptingAgency", "INTERCEPTING_AGENCY", List.of("Agency"), false),
							LinkForm.one("seizure", "LED_TO", List.of("Seizure"), false))),
			form("ContainerScan", ContainerScan.class,
					List.of(LinkForm.one("port", "SCANNED_AT", PORT, true),
							LinkForm.many("agencies", "SCANNED_BY", List.of("Agency")))),
			form("InformationSharingAgreement", InformationSharingAgreement.class,
					List.of(LinkForm.many("agencies", "AGREED_BY", List.of("Agency")))),
			form("IntegrityFigure", IntegrityFigure.class));

	static Optional<EntityForm> of(String label) {
		return ALL.stream().filter(f -> f.label().equals(label)).findFirst();
	}

	String label() {
		return node.label();
	}

	String key() {
		return node.key().name();
	}

	/** Whether this is the form of sources themselves, which rest on no other source. */
	boolean isSource() {
		return label().equals("Source");
	}

	/** Whether the entity's links make up a sequence from which route legs are derived. */
	boolean derivesLegs() {
		return links.stream().anyMatch(LinkForm::ordered);
	}

	/** The payload field of the entity: the label in lower camel case. */
	String payloadField() {
		return Character.toLowerCase(label().charAt(0)) + label().substring(1);
	}

	private static EntityForm form(String label, Class<?> type) {
		return form(label, type, List.of());
	}

	private static EntityForm form(String label, Class<?> type, List<LinkForm> links) {
		return form(label, type, links, List.of());
	}

	private static EntityForm form(String label, Class<?> type, List<LinkForm> links, List<String> owned) {
		return new EntityForm(GraphModel.node(label), type, links, owned, List.of());
	}

}
