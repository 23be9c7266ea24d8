package org.liaisongraph.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sea path of each leg, on the fixture: Guayaquil (-2.28, -79.91) to Antwerp (51.285, 4.258),
 * and Cartagena to Manzanillo to Rotterdam.
 */
class LegGeometryTests extends IntegrationTest {

	private static final String LEGS = """
			query ($withGeometry: Boolean!) {
			  routes(first: 100) {
			    nodes { id legs { seq from { locode } to { locode } geometry @include(if: $withGeometry) } }
			  }
			}""";

	@Autowired
	GraphReader reader;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void aLegRunsByValidPointsFromItsFirstPortToItsSecond() {
		List<List<Double>> path = geometry("""
				{ routes(filter: { callsAt: "BEANR" }) { nodes { legs { geometry } } } }""", "routes.nodes[0].legs[0]");
		assertThat(path.getFirst()).containsExactly(-79.91, -2.28);
		assertThat(path.getLast()).containsExactly(4.258, 51.285);
		// through the Panama canal, not round Cape Horn: no point south of Guayaquil's latitude by much
		assertThat(path).hasSizeGreaterThan(10).allSatisfy(point -> {
			assertThat(point).hasSize(2);
			assertThat(point.get(0)).isBetween(-180.0, 180.0);
			assertThat(point.get(1)).isBetween(-5.0, 90.0);
		});
	}

	@Test
	void aLegOfAPathBetweenPortsHasTheSameGeometryAsTheRoutesLeg() {
		var route = geometry("""
				{ routes(filter: { callsAt: "BEANR" }) { nodes { legs { geometry } } } }""", "routes.nodes[0].legs[0]");
		var path = geometry("""
				{ routesBetween(from: "ECGYE", to: "BEANR") { paths { legs { geometry } } } }""", "routesBetween.paths[0].legs[0]");
		assertThat(path).isEqualTo(route);
	}

	@Test
	void consecutiveLegsMeetAtTheirPort() {
		var legs = graphQl.document(LEGS).variable("withGeometry", true).execute();
		int mit = legs.path("routes.nodes[*].id").entityList(String.class).get().indexOf("r-ctg-mit-rtm");
		List<List<Double>> first = geometryAt(legs, "routes.nodes[" + mit + "].legs[0]");
		List<List<Double>> second = geometryAt(legs, "routes.nodes[" + mit + "].legs[1]");
		assertThat(first.getLast()).isEqualTo(second.getFirst()).containsExactly(-79.88, 9.36);
	}

	@Test
	void geometryCostsNoStatement() {
		long without = statements(false);
		assertThat(statements(true)).isEqualTo(without);
	}

	@Test
	void aLegWithAPortWithoutCoordinatesHasNoGeometry() {
		neo4j.query("MATCH (p:Port {locode: 'BEANR'}) REMOVE p.latitude, p.longitude").run();
		graphQl.document("{ routes(filter: { callsAt: \"BEANR\" }) { nodes { legs { geometry } } } }").execute()
			.path("routes.nodes[0].legs[0].geometry").valueIsNull();
	}

	private long statements(boolean withGeometry) {
		long before = reader.statementsRun();
		graphQl.document(LEGS).variable("withGeometry", withGeometry).execute().path("routes.nodes").hasValue();
		return reader.statementsRun() - before;
	}

	private List<List<Double>> geometry(String document, String leg) {
		return geometryAt(graphQl.document(document).execute(), leg);
	}

	@SuppressWarnings("unchecked")
	private static List<List<Double>> geometryAt(
			org.springframework.graphql.test.tester.GraphQlTester.Response response, String leg) {
		return (List<List<Double>>) (List<?>) response.path(leg + ".geometry").entityList(List.class).get();
	}

}
