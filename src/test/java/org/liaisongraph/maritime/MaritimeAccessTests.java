package org.liaisongraph.maritime;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisongraph.security.Access;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Defence's operational details (watched areas, detection positions) and single integrity counts
 * through every path to them, and the maritime facts written through the mutations.
 */
class MaritimeAccessTests extends IntegrationTest {

	@Autowired
	private Access access;

	private static final String EVERY_PATH = """
			{
			  deployments { nodes { id areaSouth areaWest areaNorth areaEast } }
			  detections(first: 1) { edges { node { latitude longitude } } }
			  integrityFigures(first: 1) { nodes { count } }
			  seaCoverage(route: "r-x", from: "2024-01-01", to: "2024-01-31") { deployments { areaSouth } }
			  maocnContribution(year: 2024, state: "BE") { deployments { areaEast } }
			  seaAreaCoverage(area: CARIBBEAN, from: "2024-02-01", to: "2024-02-28") { deployments { seaArea } }
			}""";

	/** The restricted paths of {@link #EVERY_PATH} on the fixture, with the deployments of January 2024. */
	private static final List<String> RESTRICTED = List.of("deployments.nodes[0].areaSouth",
			"deployments.nodes[0].areaWest", "deployments.nodes[0].areaNorth", "deployments.nodes[0].areaEast",
			"detections.edges[0].node.latitude", "detections.edges[0].node.longitude", "integrityFigures.nodes[0].count",
			"seaCoverage[0].deployments[0].areaSouth", "maocnContribution.deployments[0].areaEast",
			"seaAreaCoverage.deployments[0].seaArea");

	@BeforeEach
	void fixture() {
		importer.importFiles(MaritimeFixture.FILES);
		importer.importFiles(MaritimeFixture.CARIBBEAN);
		// long enough after 2024 for its deployments to be no longer operational
		clock.setDate(LocalDate.parse("2025-06-01"));
	}

	@Test
	void aViewerGetsForbiddenOnEveryPathToAWatchedAreaADetectionsPositionAndAnIntegrityCount() {
		var response = as(Role.VIEWER).document(EVERY_PATH).execute();
		response.errors().satisfy(errors -> {
			assertThat(errors).allSatisfy(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
			assertThat(errors).extracting(e -> e.getPath()).containsAll(RESTRICTED);
		});
		RESTRICTED.forEach(path -> response.path(path).valueIsNull());
	}

	static Stream<Arguments> rolesAndSettings() {
		return Stream.of(Role.values())
			.flatMap(setting -> Stream.of(Role.values()).map(role -> Arguments.of(setting, role)));
	}

	@ParameterizedTest(name = "restricted-role={0}, user {1}")
	@MethodSource("rolesAndSettings")
	void everyPathIsOpenExactlyToTheRolesClearedByTheSetting(Role setting, Role role) {
		Role configured = access.restrictedRole();
		ReflectionTestUtils.setField(access, "restrictedRole", setting);
		try {
			var response = as(role).document(EVERY_PATH).execute();
			if (role.ordinal() >= setting.ordinal()) {
				response.errors().verify();
				RESTRICTED.forEach(path -> response.path(path).hasValue());
			}
			else {
				response.errors().satisfy(errors -> {
					assertThat(errors).allSatisfy(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
					assertThat(errors).extracting(e -> e.getPath()).containsAll(RESTRICTED);
				});
				RESTRICTED.forEach(path -> response.path(path).valueIsNull());
			}
		}
		finally {
			ReflectionTestUtils.setField(access, "restrictedRole", configured);
		}
	}

	@Test
	void anAnalystReadsThemEverywhere() {
		var response = graphQl.document(EVERY_PATH).execute();
		response.errors().verify();
		RESTRICTED.forEach(path -> response.path(path).hasValue());
	}

	@Test
	void anEditorAddsADeploymentWithItsAssetRoutesSourceAndAuditEntry() {
		var response = editor().document("""
				mutation {
				  addDeployment(input: {id: "d-9", from: "2025-01-01", until: "2025-01-10", hours: 40, underMaocn: true,
				      areaSouth: 40, areaWest: -20, areaNorth: 45, areaEast: -10, asset: "ship-1", routes: ["r-x"],
				      source: {id: "src-a"}}) {
				    deployment { id from underMaocn areaSouth asset { id kind } routes { id } sources { source { id } } grade }
				    auditEntry { operation entityType entityKey }
				  }
				}""").execute();
		response.errors().verify();
		response.path("addDeployment.deployment.asset.kind").entity(String.class).isEqualTo("SHIP");
		response.path("addDeployment.deployment.routes[*].id").entityList(String.class).containsExactly("r-x");
		response.path("addDeployment.deployment.areaSouth").entity(Double.class).isEqualTo(40.0);
		response.path("addDeployment.deployment.grade").entity(String.class).isEqualTo("A");
		response.path("addDeployment.auditEntry.operation").entity(String.class).isEqualTo("addDeployment");
		response.path("addDeployment.auditEntry.entityKey").entity(String.class).isEqualTo("d-9");
	}

	@Test
	void aDeploymentEndingBeforeItStartsIsRefusedNamingTheField() {
		GraphQlTester.Request<?> request = editor().document("""
				mutation {
				  addDeployment(input: {id: "d-9", from: "2025-01-10", until: "2025-01-01", underMaocn: false,
				      asset: "ship-1", source: {id: "src-a"}}) { deployment { id } }
				}""");
		expectError(request, ErrorType.BAD_REQUEST, "input.until");
	}

	@Test
	void anEditorAddsAMaocnCaseThatLedToASeizure() {
		var response = editor().document("""
				mutation {
				  addMaocnCase(input: {id: "c-9", referredOn: "2025-02-01", outcome: INTERCEPTED, detection: "det-3",
				      interceptingState: "FR", seizure: "s-1", source: {id: "src-b"}}) {
				    maocnCase { id outcome detection { id } interceptingState { iso2 } seizure { id quantityKg } }
				  }
				}""").execute();
		response.errors().verify();
		response.path("addMaocnCase.maocnCase.seizure.quantityKg").entity(Double.class).isEqualTo(1000.0);
		response.path("addMaocnCase.maocnCase.interceptingState.iso2").entity(String.class).isEqualTo("FR");
	}

}
