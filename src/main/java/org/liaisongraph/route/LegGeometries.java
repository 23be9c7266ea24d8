package org.liaisongraph.route;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.liaisongraph.port.Port;
import org.springframework.stereotype.Component;

/**
 * The sea path of each leg, as the points its distance was measured along: for the {@code geometry}
 * of route legs and of the legs of paths between ports. It runs no statement, the ports of a leg are
 * loaded with it, and each path is computed once ({@link SeaDistances#path}).
 */
@Component
public class LegGeometries {

	private final SeaDistances seaDistances;

	LegGeometries(SeaDistances seaDistances) {
		this.seaDistances = seaDistances;
	}

	/**
	 * The [longitude, latitude] points of each leg from its port of departure to its port of
	 * arrival; a leg with a port without coordinates, or whose ports the network does not join, maps
	 * to nothing.
	 */
	public <L> Map<L, List<List<Double>>> of(Collection<L> legs, Function<L, Port> from, Function<L, Port> to) {
		Map<L, List<List<Double>>> geometries = new LinkedHashMap<>();
		for (L leg : legs) {
			Port a = from.apply(leg);
			Port b = to.apply(leg);
			if (a.latitude() != null && a.longitude() != null && b.latitude() != null && b.longitude() != null) {
				seaDistances.path(a.latitude(), a.longitude(), b.latitude(), b.longitude())
					.ifPresent(path -> geometries.put(leg, path));
			}
		}
		return geometries;
	}

}
