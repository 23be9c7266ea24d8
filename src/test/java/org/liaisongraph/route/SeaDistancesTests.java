package org.liaisongraph.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checks MARNET distances against published port-to-port distances. The references are for the
 * coordinates used here, not for the ports' usual reference points.
 */
class SeaDistancesTests {

	// one instance for all tests, as in the application: the network loads once
	private static final SeaDistances seaDistances = new SeaDistances();

	private static final double ROTTERDAM_LAT = 51.95, ROTTERDAM_LON = 4.05;

	private static final double ANTWERP_LAT = 51.285, ANTWERP_LON = 4.258;

	@Test
	void rotterdamToAntwerpFollowsTheCoastAndTheScheldt() {
		// 51.95, 4.05 is Maasvlakte at the mouth of the Maas, not the city's port 20 nm upriver, so the
		// often quoted 130-150 nm does not apply: Maasvlakte to Flushing roads is some 45 nm by sea and
		// Flushing roads to Deurganckdok (51.285, 4.258) 34 nm per the port of Antwerp, ~80 nm in all
		assertThat(distance(ROTTERDAM_LAT, ROTTERDAM_LON, ANTWERP_LAT, ANTWERP_LON)).isBetween(75.0, 95.0);
	}

	@Test
	void guayaquilToAntwerpGoesThroughThePanamaCanal() {
		// ~750 nm to Balboa, the canal, ~4,350 nm from Colon to Bishop Rock and ~410 nm up the Channel
		// and the Scheldt make ~5,550 nm; round Cape Horn would be over 10,000 nm
		assertThat(distance(-2.28, -79.91, ANTWERP_LAT, ANTWERP_LON)).isCloseTo(5550.0, within(5550.0 * 0.05));
	}

	@Test
	void santosToAntwerp() {
		assertThat(distance(-23.98, -46.30, ANTWERP_LAT, ANTWERP_LON)).isCloseTo(5450.0, within(5450.0 * 0.05));
	}

	@Test
	void cartagenaToManzanilloTakesMarnetsOffshoreDetour() {
		// ships make ~270-285 nm, close to the 265 nm great circle; MARNET has no lane along the
		// Colombian and San Blas coasts, so its route first heads out to 11.4N 75.9W and comes to ~360 nm
		assertThat(distance(10.39, -75.52, 9.36, -79.88)).isBetween(260.0, 380.0);
	}

	@Test
	void distancesAreSymmetric() {
		assertThat(distance(ANTWERP_LAT, ANTWERP_LON, -23.98, -46.30))
			.isEqualTo(distance(-23.98, -46.30, ANTWERP_LAT, ANTWERP_LON));
	}

	@Test
	void aPointIsNoDistanceFromItself() {
		assertThat(distance(ANTWERP_LAT, ANTWERP_LON, ANTWERP_LAT, ANTWERP_LON)).isZero();
	}

	@Test
	void routesCrossTheAntimeridian() {
		// Yokohama to San Francisco: the great circle is ~4,500 nm; the long way round would be three times that
		assertThat(distance(35.45, 139.65, 37.8, -122.4)).isCloseTo(4540.0, within(4540.0 * 0.05));
	}

	@Test
	void rejectsPositionsOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> seaDistances.distanceNm(91, 0, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> seaDistances.distanceNm(0, 0, 0, Double.NaN));
	}

	@Test
	void theGuayaquilToAntwerpPathRunsFromOnePortToTheOtherThroughThePanamaCanal() {
		List<List<Double>> path = seaDistances.path(-2.28, -79.91, ANTWERP_LAT, ANTWERP_LON).orElseThrow();
		assertThat(path.getFirst()).containsExactly(-79.91, -2.28);
		assertThat(path.getLast()).containsExactly(ANTWERP_LON, ANTWERP_LAT);
		assertThat(path).allSatisfy(point -> {
			assertThat(point).hasSize(2);
			assertThat(point.get(0)).isBetween(-180.0, 180.0);
			assertThat(point.get(1)).isBetween(-90.0, 90.0);
		});
		// the canal: a point within a few miles of Gatun locks, 9.27N 79.92W
		assertThat(path).anySatisfy(point -> {
			assertThat(point.get(0)).isCloseTo(-79.92, within(0.3));
			assertThat(point.get(1)).isCloseTo(9.27, within(0.3));
		});
	}

	@Test
	void aPathIsComputedOnceAndAsLongAsTheDistance() {
		var path = seaDistances.path(-23.98, -46.30, ANTWERP_LAT, ANTWERP_LON).orElseThrow();
		assertThat(seaDistances.path(-23.98, -46.30, ANTWERP_LAT, ANTWERP_LON).orElseThrow()).isSameAs(path);
		double nm = 0;
		for (int i = 1; i < path.size(); i++) {
			nm += MarnetNetwork.haversineNm(path.get(i - 1).get(1), path.get(i - 1).get(0), path.get(i).get(1),
					path.get(i).get(0));
		}
		assertThat(nm).isCloseTo(distance(-23.98, -46.30, ANTWERP_LAT, ANTWERP_LON), within(0.1));
	}

	@Test
	void pointsNearerEachOtherThanTheNetworkAreJoinedStraight() {
		assertThat(seaDistances.path(ANTWERP_LAT, ANTWERP_LON, ANTWERP_LAT, ANTWERP_LON).orElseThrow())
			.containsExactly(List.of(ANTWERP_LON, ANTWERP_LAT), List.of(ANTWERP_LON, ANTWERP_LAT));
	}

	private static double distance(double lat1, double lon1, double lat2, double lon2) {
		return seaDistances.distanceNm(lat1, lon1, lat2, lon2).orElseThrow();
	}

}
