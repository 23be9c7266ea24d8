package org.liaisongraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisongraph.support.IntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * An officer's name, marked {@code @restricted}, through every route to it: the list of officers
 * (nodes and edges), a port's officers, and the officers in the portExposure and
 * liaisonCoverageGaps analyses.
 */
class RestrictedFieldTests extends IntegrationTest {

	/** Where the fixture's officer names appear in {@code restrictedNames.graphql}. */
	private static final List<String> NAME_PATHS = List.of("liaisonOfficers.nodes[0].name",
			"liaisonOfficers.nodes[1].name", "liaisonOfficers.edges[0].node.name", "liaisonOfficers.edges[1].node.name",
			"port.liaisonOfficers[0].name", "port.liaisonOfficers[1].name", "portExposure.liaisonOfficers[0].name",
			"liaisonCoverageGaps[0].officersAtOtherTimes[0].name", "liaisonCoverageGaps[0].officersAtOtherTimes[1].name");

	private final Logger accessLog = (Logger) LoggerFactory.getLogger("org.liaisongraph.security.access");

	private final ListAppender<ILoggingEvent> accessEvents = new ListAppender<>();

	@BeforeEach
	void fixture() {
		loadFixture();
		accessEvents.start();
		accessLog.addAppender(accessEvents);
		accessLog.setLevel(Level.INFO);
	}

	@AfterEach
	void detachLog() {
		accessLog.detachAppender(accessEvents);
		accessLog.setLevel(null);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ANALYST", "EDITOR", "ADMIN" })
	void clearedRolesReadTheNamesEverywhere(Role role) {
		var response = names(as(role));
		response.errors().verify();
		response.path("liaisonOfficers.nodes[*].name").entityList(String.class)
			.containsExactly("Test Officer One", "Test Officer Two");
		response.path("liaisonOfficers.edges[*].node.name").entityList(String.class)
			.containsExactly("Test Officer One", "Test Officer Two");
		response.path("port.liaisonOfficers[*].name").entityList(String.class)
			.containsExactly("Test Officer One", "Test Officer Two");
		response.path("portExposure.liaisonOfficers[*].name").entityList(String.class)
			.containsExactly("Test Officer One");
		response.path("liaisonCoverageGaps[0].port.locode").entity(String.class).isEqualTo("ECGYE");
		response.path("liaisonCoverageGaps[0].officersAtOtherTimes[*].name").entityList(String.class)
			.containsExactly("Test Officer One", "Test Officer Two");
	}

	@Test
	void aViewerGetsNullAndAForbiddenErrorAtEveryPathOfAName() {
		var response = names(as(Role.VIEWER));
		response.errors().satisfy(errors -> {
			assertThat(errors).extracting(ResponseError::getPath).containsExactlyInAnyOrderElementsOf(NAME_PATHS);
			assertThat(errors).allSatisfy(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
				assertThat(error.getMessage())
					.isEqualTo("LiaisonOfficer.name is restricted to the role ANALYST and higher");
				assertThat(error.getExtensions()).containsEntry("requiredRole", "ANALYST");
			});
		});
		NAME_PATHS.forEach(path -> response.path(path).valueIsNull());
		// Everything else about the officers is still answered.
		response.path("liaisonOfficers.nodes[*].id").entityList(String.class).containsExactly("lo-1", "lo-2");
		response.path("port.liaisonOfficers[*].id").entityList(String.class).containsExactly("lo-1", "lo-2");
		response.path("portExposure.liaisonOfficers[*].id").entityList(String.class).containsExactly("lo-1");
		assertThat(accessEvents.list).isEmpty();
	}

	@Test
	void eachReadByAClearedUserIsLoggedWithUserAndPath() {
		names(graphQl).errors().verify();
		assertThat(accessEvents.list).extracting(ILoggingEvent::getFormattedMessage)
			.hasSize(NAME_PATHS.size())
			.contains("user analyst read LiaisonOfficer.name at /liaisonOfficers/nodes[0]/name",
					"user analyst read LiaisonOfficer.name at /portExposure/liaisonOfficers[0]/name",
					"user analyst read LiaisonOfficer.name at /liaisonCoverageGaps[0]/officersAtOtherTimes[1]/name");
		assertThat(accessEvents.list).allSatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.INFO));
	}

	private static GraphQlTester.Response names(GraphQlTester tester) {
		// On 2024-06-01 only lo-1 is posted at Guayaquil; on 2022-06-01 nobody is, both later.
		return tester.documentName("restrictedNames")
			.variable("locode", "ECGYE")
			.variable("postedOn", "2024-06-01")
			.variable("gapsOn", "2022-06-01")
			.execute();
	}

}
