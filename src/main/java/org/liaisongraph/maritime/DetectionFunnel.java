package org.liaisongraph.maritime;

import java.util.List;
import java.util.Map;

import org.liaisongraph.route.TraffickingRoute;
import org.liaisongraph.source.FactLabel;
import org.liaisongraph.source.Source;

/**
 * What the detections of a year led to, stage by stage: in all, by the kind of the detecting asset
 * and by route, with the sources of every fact counted and the weakest grade among them.
 */
public record DetectionFunnel(int year, Stages total, List<ByKind> byAssetKind, List<ByRoute> byRoute, List<Source> sources,
		String grade, boolean illustrative, Counted counted) {

	/**
	 * What each stage of the total counted, by id, with the facts it rests on (itself first, then
	 * the case and detection it followed), so a reader can grade each one by its weakest fact.
	 */
	public record Counted(Map<String, List<FactRef>> detections, Map<String, List<FactRef>> referrals,
			Map<String, List<FactRef>> interceptions, Map<String, List<FactRef>> seizures, Map<String, Double> seizedKg) {
	}

	/** A fact of the graph by label and key. */
	public record FactRef(FactLabel label, String key) {
	}

	/** The stages: detections, referrals to MAOC-N, interceptions, seizures and the kilograms seized. */
	public record Stages(int detections, int referrals, int interceptions, int seizures, double seizedKg) {
	}

	/** The stages of the detections by one kind of asset; kind null for cases without a detection's asset. */
	public record ByKind(AssetKind kind, Stages stages) {
	}

	/** The stages of one route; route null for those tied to none. */
	public record ByRoute(TraffickingRoute route, Stages stages) {
	}

}
