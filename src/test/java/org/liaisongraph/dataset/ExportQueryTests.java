package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.security.Role;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

/** The export over GraphQL: who may run it, what it gives, and restricted columns. */
class ExportQueryTests extends IntegrationTest {

	@Autowired
	GraphExporter exporter;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void anAnalystExportsOneLabelAsTheImportsCsv() {
		graphQl.documentName("exportDataset").variable("label", "Bloc").execute()
			.path("exportDataset.files[0].name").entity(String.class).isEqualTo("Bloc.csv")
			.path("exportDataset.files[0].content").entity(String.class).satisfies(csv -> assertThat(csv.lines())
				.first().isEqualTo("code,name,source,credibility"));
	}

	@Test
	void anAnalystSeesOfficersNames() {
		graphQl.documentName("exportDataset").variable("label", "LiaisonOfficer").execute()
			.path("exportDataset.files[0].content").entity(String.class)
			.satisfies(csv -> assertThat(csv).contains("Test Officer One"));
	}

	@Test
	void aViewerMayNotExport() {
		as(Role.VIEWER).documentName("exportDataset").execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

	@Test
	void anExportForAUserNotClearedLeavesTheOfficersNamesEmpty() {
		String csv = exporter.export("LiaisonOfficer", true).getFirst().content();
		assertThat(csv).doesNotContain("Test Officer").contains("lo-1,POLICE_LIAISON,,2023-01-01");
	}

	@Test
	void anUnknownLabelIsABadRequest() {
		expectError(graphQl.documentName("exportDataset").variable("label", "Planet"), ErrorType.BAD_REQUEST, "label");
	}

}
