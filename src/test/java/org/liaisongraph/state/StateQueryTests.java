package org.liaisongraph.state;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class StateQueryTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void statesAreFilteredByRegionBlocNameAndActiveRoutes() {
		expectStates(Map.of("region", "Americas"), "CO", "EC", "PA");
		expectStates(Map.of("subregion", "Central America"), "PA");
		expectStates(Map.of("bloc", "BENELUX"), "BE", "LU", "NL");
		expectStates(Map.of("nameContains", "LUX"), "LU");
		expectStates(Map.of("iso2", List.of("pa", "BE")), "BE", "PA");
		expectStates(Map.of("onActiveRoute", true), "BE", "CO", "EC", "NL", "PA");
		expectStates(Map.of("onActiveRoute", false), "CV", "LU");
		expectStates(Map.of("region", "Americas", "bloc", "EU"));
	}

	@Test
	void statesArePagedForwardWithCursorsAndTotalCount() {
		var first = graphQl.documentName("states").variable("first", 3).execute();
		first.path("states.totalCount").entity(Integer.class).isEqualTo(7);
		first.path("states.nodes[*].iso2").entityList(String.class).containsExactly("BE", "CO", "CV");
		first.path("states.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		first.path("states.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("states.pageInfo.endCursor").entity(String.class).get();

		var second = graphQl.documentName("states").variable("first", 3).variable("after", cursor).execute();
		second.path("states.nodes[*].iso2").entityList(String.class).containsExactly("EC", "LU", "NL");
		second.path("states.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		String next = second.path("states.pageInfo.endCursor").entity(String.class).get();

		var last = graphQl.documentName("states").variable("first", 3).variable("after", next).execute();
		last.path("states.nodes[*].iso2").entityList(String.class).containsExactly("PA");
		last.path("states.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void statesArePagedBackwardFromACursor() {
		var all = graphQl.documentName("states").execute();
		all.path("states.nodes[*].iso2").entityList(String.class).containsExactly("BE", "CO", "CV", "EC", "LU", "NL", "PA");
		String cursorOfEc = all.path("states.edges[3].cursor").entity(String.class).get();

		graphQl.documentName("states")
			.variable("last", 2)
			.variable("before", cursorOfEc)
			.execute()
			.path("states.nodes[*].iso2")
			.entityList(String.class)
			.containsExactly("CO", "CV");
	}

	@Test
	void aStateShowsItsPortsRatingsTreatiesConvictionsAndSources() {
		var state = graphQl.documentName("state").variable("iso2", "ec").execute();
		state.path("state.iso2").entity(String.class).isEqualTo("EC");
		state.path("state.nameFr").entity(String.class).isEqualTo("Équateur");
		state.path("state.ports[*].locode").entityList(String.class).containsExactly("ECGYE");
		state.path("state.memberships").entityList(Object.class).hasSize(0);
		state.path("state.ratings[*].year").entityList(Integer.class).containsExactly(2024, 2023);
		state.path("state.ratings[*].score").entityList(Double.class).containsExactly(32.0, 34.0);
		state.path("state.ratings[0].source.id").entity(String.class).isEqualTo("src-a");
		state.path("state.cpi[*].year").entityList(Integer.class).containsExactly(2024, 2023);
		state.path("state.treaties[*].id").entityList(String.class).containsExactly("t-be-ec-police", "t-un-1988");
		state.path("state.inForceStartOf2023[*].id").entityList(String.class).containsExactly("t-un-1988");
		state.path("state.bilateral[*].id").entityList(String.class).containsExactly("t-be-ec-police");
		state.path("state.convictionsAbroad[0].convictedIn.iso2").entity(String.class).isEqualTo("BE");
		state.path("state.convictionsAbroad[0].year").entity(Integer.class).isEqualTo(2023);
		state.path("state.convictionsAbroad[0].count").entity(Integer.class).isEqualTo(12);
		state.path("state.convictionsAbroad[0].source.reliability").entity(String.class).isEqualTo("F");
		state.path("state.sources[0].source.id").entity(String.class).isEqualTo("src-a");
		state.path("state.sources[0].credibility").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void aBlocListsItsMembers() {
		var blocs = graphQl.documentName("blocs").execute();
		blocs.path("blocs[*].code").entityList(String.class).containsExactly("BENELUX", "EU");
		blocs.path("blocs[0].members[*].iso2").entityList(String.class).containsExactly("BE", "LU", "NL");
		blocs.path("blocs[0].sources[0].source.id").entity(String.class).isEqualTo("src-a");
	}

	private void expectStates(Map<String, Object> filter, String... iso2) {
		var response = graphQl.documentName("states").variable("filter", filter).variable("first", 100).execute();
		response.path("states.nodes[*].iso2").entityList(String.class).containsExactly(iso2);
		response.path("states.totalCount").entity(Integer.class).isEqualTo(iso2.length);
	}

}
