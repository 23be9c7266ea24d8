package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** What each role may read and run. */
class RolesTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsTheGraph(Role role) {
		var tester = as(role);
		tester.documentName("states").variable("first", 100).execute().path("states.totalCount").entity(Integer.class)
			.isEqualTo(7);
		tester.documentName("port").variable("locode", "BEANR").execute().path("port.name").entity(String.class)
			.isEqualTo("Antwerp");
		tester.documentName("treaties").execute().path("treaties.totalCount").entity(Integer.class)
			.satisfies(count -> assertThat(count).isPositive());
		tester.documentName("routes").execute().path("routes.totalCount").entity(Integer.class)
			.satisfies(count -> assertThat(count).isPositive());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleRunsEveryAnalysisWithItsDefaults(Role role) {
		var tester = as(role);
		tester.documentName("treatyGaps").variable("asOf", "2024-06-01").execute().path("treatyGaps[*].state.iso2")
			.entityList(String.class).contains("EC");
		// the fixture's conviction counts are invented: asked for, as the ranking's facts below
		tester.documentName("readmissionGaps").variable("includeIllustrative", true).variable("asOf", "2024-06-01").execute()
			.path("readmissionGaps[*].state.iso2").entityList(String.class).contains("EC");
		tester.documentName("countryPriorities").variable("includeBlocPartners", true).variable("includeIllustrative", true).variable("year", 2023).variable("asOf", "2024-06-01").execute()
			.path("countryPriorities[*].state.iso2").entityList(String.class).containsExactly("EC", "CO", "NL", "PA");
		tester.documentName("sanctionCandidates").execute().errors().verify();
		tester.documentName("routesBetween").variable("from", "EC").variable("to", "BEANR").execute()
			.path("routesBetween.paths[0].ports[*].locode").entityList(String.class).containsExactly("ECGYE", "BEANR");
		tester.documentName("portExposure").variable("locode", "BEANR").execute().path("portExposure.port.locode")
			.entity(String.class).isEqualTo("BEANR");
		tester.documentName("liaisonCoverageGaps").execute().errors().verify();
	}

	@Test
	void aViewerMayNotWeighThePrioritiesDifferently() {
		as(Role.VIEWER).documentName("weightedPriorities")
			.variable("weights", Map.of("corruption", 4))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
				assertThat(error.getPath()).isEqualTo("countryPriorities");
				assertThat(error.getMessage()).isEqualTo(
						"countryPriorities with weights other than the defaults needs the role ANALYST or higher; "
								+ "user viewer has [VIEWER]");
				assertThat(error.getExtensions()).containsEntry("requiredRole", "ANALYST");
			}))
			.path("countryPriorities")
			.pathDoesNotExist();
	}

	@Test
	void aViewerMayStateTheDefaultWeights() {
		as(Role.VIEWER).documentName("weightedPriorities")
			.variable("weights", Map.of("corruption", 2, "liaisonGap", 1))
			.execute()
			.path("countryPriorities[0].components[*].weight")
			.entityList(Double.class)
			.containsExactly(3.0, 3.0, 2.0, 2.0, 2.0, 1.0, 1.0);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ANALYST", "EDITOR", "ADMIN" })
	void analystsAndAboveWeighThePriorities(Role role) {
		HttpGraphQlTester tester = as(role);
		tester.documentName("weightedPriorities")
			.variable("weights", Map.of("liaisonGap", 10))
			.execute()
			.path("countryPriorities[*].state.iso2")
			.entityList(String.class)
			.containsExactly("CO", "NL", "PA", "EC");
	}

}
