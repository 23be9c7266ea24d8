package org.liaisongraph.maritime;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.springframework.stereotype.Service;

/**
 * Reads of the maritime facts and of what they name. Every statement is a constant: the label,
 * relationship type and target of a link come from {@link Link}, never from input.
 */
@Service
class MaritimeQueries {

	/** A link of a maritime fact to what it names: its label, the relationship type, the target's type. */
	enum Link {

		FLAG_STATE("Vessel", "FLAGGED_IN"), OPERATOR("SurveillanceAsset", "OPERATED_BY"),
		DEPLOYED_ASSET("Deployment", "DEPLOYS"), WATCHED_ROUTES("Deployment", "WATCHES"),
		DETECTED_VESSEL("Detection", "OF_VESSEL"), DETECTING_ASSET("Detection", "DETECTED_BY"),
		SUSPECTED_ROUTE("Detection", "SUSPECTED_ON"), REFERRED_DETECTION("MaocnCase", "REFERS"),
		INTERCEPTING_STATE("MaocnCase", "INTERCEPTING_STATE"), INTERCEPTING_AGENCY("MaocnCase", "INTERCEPTING_AGENCY"),
		CASE_SEIZURE("MaocnCase", "LED_TO"), SCAN_PORT("ContainerScan", "SCANNED_AT"),
		SCAN_AGENCIES("ContainerScan", "SCANNED_BY"), AGREEMENT_AGENCIES("InformationSharingAgreement", "AGREED_BY");

		private final String cypher;

		Link(String label, String type) {
			this.cypher = "MATCH (s:" + label + ")-[:" + type + "]->(n) WHERE s.id IN $keys RETURN s.id AS key, n"
					+ " ORDER BY coalesce(n.id, n.code, n.iso2, n.locode)";
		}

	}

	private final GraphReader reader;

	MaritimeQueries(GraphReader reader) {
		this.reader = reader;
	}

	/** A page of all the facts of a label (a record type of this module), ordered by id. */
	<T> PageOfItems<T> all(Class<T> type, PageBounds page) {
		String label = type.getSimpleName();
		return reader.page(type, "MATCH (n:" + label + ")", Map.of(), page);
	}

	<K, T> Map<K, T> one(Link link, Collection<K> facts, Function<K, Object> keyOf, Class<T> target) {
		return reader.single(link.cypher, facts, keyOf, r -> reader.node(target, r.get("n")));
	}

	<K, T> Map<K, List<T>> many(Link link, Collection<K> facts, Function<K, Object> keyOf, Class<T> target) {
		return reader.grouped(link.cypher, Map.of(), facts, keyOf, r -> reader.node(target, r.get("n")));
	}

}
