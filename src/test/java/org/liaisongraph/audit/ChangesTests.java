package org.liaisongraph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;

/** changes: everyone's changes of a period, grouped by entity, for ANALYST and above. */
class ChangesTests extends IntegrationTest {

	@Test
	void everyChangeOfThePeriodGroupedByEntityWithTheOfficersNameForTheCleared() {
		loadFixture();
		OffsetDateTime since = OffsetDateTime.now().minusMinutes(1);
		editor().documentName("addLiaisonOfficer")
			.variable("input", Map.of("id", "lo-9", "role", "DIPLOMAT", "name", "Secret Name", "source",
					Map.of("id", "src-a")))
			.execute()
			.errors()
			.verify();
		var changes = graphQl.documentName("changes").variable("since", since.toString()).execute();
		changes.path("changes[*].entityKey").entityList(String.class).contains("lo-9");
		changes.path("changes[?(@.entityKey == 'lo-9')].changes[0].after.name").entityList(String.class)
			.containsExactly("Secret Name");
		changes.path("changes[?(@.entityKey == 'lo-9')].changes[0].user").entityList(String.class)
			.containsExactly("editor");

		// a viewer is not let in, so sees no name
		as(Role.VIEWER).documentName("changes").variable("since", since.toString()).execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
			assertThat(errors.toString()).doesNotContain("Secret Name");
		});
		// nothing before the period
		graphQl.documentName("changes")
			.variable("since", since.minusDays(2).toString())
			.variable("until", since.minusDays(1).toString())
			.execute()
			.path("changes")
			.entityList(Object.class)
			.hasSize(0);
	}

}
