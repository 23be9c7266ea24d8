package org.liaisongraph.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.api.InputProblem;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Each rule a write is checked against, on the fixture graph: the error names the input field and
 * its class, and nothing is written.
 */
class ValidationTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	private long graphBefore;

	@BeforeEach
	void fixture() {
		loadFixture();
		graphBefore = graphSize();
	}

	@AfterEach
	void nothingWritten() {
		assertThat(graphSize()).as("nodes, relationships and properties after a refused write").isEqualTo(graphBefore);
	}

	@Test
	void everyProblemOfAnInputIsReportedAtOnce() {
		var input = Map.<String, Object>of("id", "t-be-xx", "title", " ", "kind", "BILATERAL", "status", "SIGNED",
				"signedOn", "2025-01-01", "inForceFrom", "2024-01-01", "parties",
				List.of(Map.of("party", "BE"), Map.of("party", "XX"), Map.of("party", "?"), Map.of("party", "NL")),
				"source", SOURCE,
				"credibility", 7);
		editor().documentName("addTreaty").variable("input", input).execute().errors().satisfy(errors -> {
			assertThat(errors).extracting(e -> e.getExtensions().get("field"))
				.containsExactly("input.title", "input.parties[1].party", "input.parties[2].party", "input.credibility",
						"input.inForceFrom", "input.parties");
			assertThat(errors).extracting(e -> e.getErrorType())
				.containsExactly(ErrorType.BAD_REQUEST, ErrorType.NOT_FOUND, ErrorType.BAD_REQUEST, ErrorType.BAD_REQUEST,
						ErrorType.BAD_REQUEST, ErrorType.BAD_REQUEST);
			assertThat(errors).extracting(e -> e.getMessage())
				.containsExactly("input.title: is required", "input.parties[1].party: no State or Bloc 'XX'",
						"input.parties[2].party: '?' is not a valid State or Bloc key",
						"input.credibility: 7 is outside 1..6",
						"input.inForceFrom: 2024-01-01 is before signedOn 2025-01-01",
						"input.parties: a BILATERAL treaty needs exactly two parties, has 3");
		});
	}

	@Test
	void anUnknownIsoCodeIsNotFound() {
		expectError(add("Port", Map.of("locode", "PECLL", "name", "Callao", "state", "XX")), ErrorType.NOT_FOUND,
				"input.state");
	}

	@Test
	void aMalformedLocodeIsABadRequest() {
		expectError(add("Port", Map.of("locode", "ANTWERP", "name", "Antwerp", "state", "BE")), ErrorType.BAD_REQUEST,
				"input.locode");
	}

	@Test
	void aMalformedIsoCodeIsABadRequest() {
		expectError(add("Port", Map.of("locode", "PECLL", "name", "Callao", "state", "PER")), ErrorType.BAD_REQUEST,
				"input.state");
	}

	@Test
	void anUnknownReferencedIdIsNotFound() {
		expectError(add("Clause", Map.of("id", "c-1", "treaty", "t-unknown", "type", "READMISSION", "binding", true)),
				ErrorType.NOT_FOUND, "input.treaty");
	}

	@Test
	void anUnknownSourceIsNotFound() {
		var input = Map.<String, Object>of("code", "MERCOSUR", "name", "Mercosur", "source", Map.of("id", "src-x"));
		expectError(editor().documentName("addBloc").variable("input", input), ErrorType.NOT_FOUND, "input.source.id");
	}

	@Test
	void aTreatyCannotEnterIntoForceBeforeItIsSigned() {
		expectError(update("Treaty", "id", "t-be-ec-police", Map.of("inForceFrom", "2023-01-01")),
				ErrorType.BAD_REQUEST, "input.inForceFrom");
	}

	@Test
	void aTreatyCannotEndBeforeItEntersIntoForce() {
		expectError(update("Treaty", "id", "t-be-ec-police", Map.of("terminatedOn", "2023-05-31")),
				ErrorType.BAD_REQUEST, "input.terminatedOn");
	}

	@Test
	void aPostingCannotEndBeforeItStarts() {
		expectError(update("LiaisonOfficer", "id", "lo-2", Map.of("until", "2024-12-31")), ErrorType.BAD_REQUEST,
				"input.until");
	}

	@Test
	void aValueOutsideItsListIsABadRequest() {
		expectError(add("Source", Map.of("id", "src-new", "title", "Report", "reliability", "G")),
				ErrorType.BAD_REQUEST, "input.reliability");
	}

	@Test
	void anEnumValueOutsideTheSchemaIsABadRequest() {
		var input = Map.<String, Object>of("id", "t-new", "title", "New", "kind", "ALLIANCE", "status", "SIGNED",
				"source", SOURCE);
		expectError(editor().documentName("addTreaty").variable("input", input), ErrorType.BAD_REQUEST, "input.kind");
	}

	@Test
	void aDayThatDoesNotExistIsRefusedNotMovedToTheEndOfTheMonth() {
		var input = Map.<String, Object>of("id", "t-new", "title", "New", "kind", "MULTILATERAL", "status", "SIGNED",
				"signedOn", "2026-02-30", "source", SOURCE);
		expectError(editor().documentName("addTreaty").variable("input", input), ErrorType.BAD_REQUEST, "input.signedOn");
	}

	@Test
	void aNegativeQuantityIsABadRequest() {
		expectError(add("Seizure", Map.of("id", "s-new", "seizedOn", "2025-01-01", "drug", "cocaine", "quantityKg", -1,
				"at", "BEANR")), ErrorType.BAD_REQUEST, "input.quantityKg");
	}

	@Test
	void aBilateralTreatyNeedsExactlyTwoParties() {
		expectError(update("Treaty", "id", "t-be-ec-police", Map.of("parties", List.of(Map.of("party", "BE")))),
				ErrorType.BAD_REQUEST, "input.parties");
	}

	@Test
	void aTakenKeyIsABadRequest() {
		expectError(add("State", Map.of("iso2", "be", "name", "Belgium again")), ErrorType.BAD_REQUEST, "input.iso2");
	}

	@Test
	void anAdoptedSanctionNeedsItsAdoptionDate() {
		expectError(update("SanctionMeasure", "id", "sm-1", Map.of("status", "ADOPTED")), ErrorType.BAD_REQUEST,
				"input.adoptedOn");
	}

	@Test
	void aRouteRunsFromAnOriginToADestination() {
		var calls = List.of(Map.of("port", "COCTG", "role", "ORIGIN"), Map.of("port", "BEANR", "role", "TRANSIT"));
		expectError(update("TraffickingRoute", "id", "r-gye-anr", Map.of("calls", calls)), ErrorType.BAD_REQUEST,
				"input.calls[1].role");
	}

	@Test
	void anEntityOthersReferToIsNotRemoved() {
		var input = Map.<String, Object>of("iso2", "EC", "version", 1, "source", SOURCE);
		editor().documentName("removeState").variable("input", input).execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo(
					"input.iso2: the State 'EC' is still referenced (2 ACCREDITED_TO, 2 IN_STATE, 2 PARTY_TO); remove or change those first")));
	}

	@Test
	void aSourceSupportingFactsIsNotRemoved() {
		expectError(editor().documentName("removeSource").variable("input", Map.of("id", "illustrative", "version", 1)),
				ErrorType.BAD_REQUEST, "input.id");
	}

	@Test
	void anAnalystCannotChangeTheGraph() {
		var input = Map.<String, Object>of("code", "MERCOSUR", "name", "Mercosur", "source", SOURCE);
		graphQl.documentName("addBloc").variable("input", input).execute().errors().satisfy(errors -> assertThat(errors)
			.singleElement()
			.satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
				assertThat(error.getExtensions()).containsEntry("requiredRole", "EDITOR");
			}));
	}

	@Test
	void anUnknownEntityToChangeIsNotFound() {
		expectError(update("Treaty", "id", "t-unknown", Map.of("title", "x")), ErrorType.NOT_FOUND, "input.id");
	}

	@Test
	void aStaleVersionIsAConflict() {
		var input = Map.<String, Object>of("id", "t-be-ec-police", "version", 7, "title", "x", "source", SOURCE);
		expectError(editor().documentName("updateTreaty").variable("input", input), InputProblem.Conflict.CONFLICT,
				"input.version");
	}

	private GraphQlTester.Request<?> add(String label, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		if (!label.equals("Source")) {
			input.put("source", SOURCE);
		}
		return editor().documentName("add" + label).variable("input", input);
	}

	private GraphQlTester.Request<?> update(String label, String key, String value, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.putAll(Map.of(key, value, "version", 1, "source", SOURCE));
		return editor().documentName("update" + label).variable("input", input);
	}

	/** A fingerprint of the whole graph: nodes, relationships and their properties. */
	private long graphSize() {
		return count("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__')
				OPTIONAL MATCH (n)-[r]->()
				WITH n, count(r) AS rels, sum(size(keys(r))) AS relProps
				RETURN count(n) * 1000000 + sum(rels) * 1000 + sum(size(keys(n))) + sum(relProps)""");
	}

}
