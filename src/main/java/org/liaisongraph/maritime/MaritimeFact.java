package org.liaisongraph.maritime;

import org.liaisongraph.source.FactLabel;
import org.springframework.data.neo4j.core.schema.Node;

/** A fact of this module: a node known by its id, of the label its {@code @Node} names. */
sealed interface MaritimeFact permits Vessel, SurveillanceAsset, Deployment, Detection, MaocnCase, ContainerScan,
		InformationSharingAgreement, IntegrityFigure {

	String id();

	/** The fact label of a type of this module, as the declared model names it. */
	static FactLabel label(Class<?> type) {
		String label = type.getAnnotation(Node.class).value()[0];
		for (FactLabel fact : FactLabel.values()) {
			if (fact.label().equals(label)) {
				return fact;
			}
		}
		throw new IllegalStateException(label + " is no fact label");
	}

}
