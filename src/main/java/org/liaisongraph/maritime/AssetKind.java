package org.liaisongraph.maritime;

import org.springframework.modulith.NamedInterface;

/** What kind of means a surveillance asset is. */
@NamedInterface("vocabulary")
public enum AssetKind {

	MARITIME_DRONE, PATROL_AIRCRAFT, SHIP, SATELLITE, COASTAL_RADAR

}
