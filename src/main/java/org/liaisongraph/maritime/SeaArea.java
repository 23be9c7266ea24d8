package org.liaisongraph.maritime;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The named sea areas an analyst asks about, each a polygon of [longitude, latitude] points in
 * degrees, closed (the last point is the first). They are drawn for this analysis along coasts,
 * island chains and meridians, roughly where the IHO limits run, and are not official boundaries:
 * land inside a polygon does no harm, as only sea paths are clipped by it.
 */
@NamedInterface("vocabulary")
public enum SeaArea {

	/** The Caribbean Sea, from the Yucatán Channel to the Lesser Antilles and the coast of South America. */
	CARIBBEAN(List.of(List.of(-88.0, 21.5), List.of(-84.0, 22.5), List.of(-74.0, 20.5), List.of(-65.0, 18.8),
			List.of(-60.0, 18.0), List.of(-59.0, 12.0), List.of(-61.0, 9.5), List.of(-72.0, 10.5), List.of(-77.5, 7.5),
			List.of(-84.0, 8.0), List.of(-88.0, 15.0), List.of(-88.0, 21.5))),

	/** The approaches to the Gulf of Guinea, from Cape Verde to Cape Lopez. */
	GULF_OF_GUINEA_APPROACHES(List.of(List.of(-26.0, 16.0), List.of(-16.0, 16.0), List.of(-8.0, 4.0),
			List.of(9.0, 4.0), List.of(9.0, -1.0), List.of(-26.0, -1.0), List.of(-26.0, 16.0))),

	/** The Eastern Atlantic between the Canaries, Madeira, the Azores and the Iberian coast. */
	EASTERN_ATLANTIC(List.of(List.of(-35.0, 16.0), List.of(-16.0, 16.0), List.of(-9.0, 28.0), List.of(-5.5, 36.0),
			List.of(-9.0, 44.0), List.of(-4.0, 47.5), List.of(-35.0, 47.5), List.of(-35.0, 16.0))),

	/** The Western Approaches, the Channel and the southern North Sea up to the German Bight. */
	NORTH_SEA_APPROACHES(List.of(List.of(-10.0, 47.5), List.of(-4.0, 47.5), List.of(2.0, 50.5), List.of(9.0, 53.0),
			List.of(9.0, 56.0), List.of(2.0, 56.0), List.of(-10.0, 51.5), List.of(-10.0, 47.5)));

	private final List<List<Double>> boundary;

	SeaArea(List<List<Double>> boundary) {
		this.boundary = boundary;
	}

	/** The closed ring of [longitude, latitude] points. */
	public List<List<Double>> boundary() {
		return boundary;
	}

}
