package org.liaisongraph.edit;

import java.util.List;

import org.liaisongraph.model.GraphModel;
import org.liaisongraph.model.GraphModel.RelSpec;
import org.liaisongraph.model.PropertySpec;

/**
 * How a fact held on a relationship is edited (a rating, a conviction or detention figure, a membership): the
 * input fields naming its two ends, the properties that tell several apart (a year), and the end
 * returned to clients.
 */
record FactForm(String name, RelSpec relationship, String fromField, String toField, List<String> identity,
		String payloadField, boolean payloadIsFrom) {

	static final List<FactForm> ALL = List.of(
			new FactForm("Membership", GraphModel.relationship("MEMBER_OF"), "state", "bloc", List.of(), "state", true),
			new FactForm("Rating", GraphModel.relationship("RATED"), "state", "index", List.of("year"), "state", true),
			new FactForm("ConvictionFigure", GraphModel.relationship("NATIONALS_CONVICTED"), "nationality",
					"convictedIn", List.of("year"), "state", true),
			new FactForm("DetentionFigure", GraphModel.relationship("DETAINED_IN"), "nationality", "detainedIn",
					List.of("date", "measure"), "state", true),
			new FactForm("Participation", GraphModel.relationship("PARTICIPATES_IN"), "participant", "agency",
					List.of(), "agency", false),
			new FactForm("InformationSharing", GraphModel.relationship("SHARES_INFORMATION_WITH"), "agency", "partner",
					List.of(), "agency", true));

	List<PropertySpec> identityProperties() {
		return relationship.properties().stream().filter(p -> identity.contains(p.name())).toList();
	}

	List<PropertySpec> valueProperties() {
		return relationship.properties().stream().filter(p -> !identity.contains(p.name())).toList();
	}

	String type() {
		return relationship.type();
	}

}
