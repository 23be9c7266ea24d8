package org.liaisongraph.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFailedException;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.dataset.ImportProblem;
import org.liaisongraph.support.IntegrationTest;

/**
 * One write path for one fact: each bad fact is sent as a mutation and as an import row, and both
 * refuse it with the same reason, naming the same property, and write nothing.
 */
class ImportVersusMutationTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	private long graphBefore;

	@BeforeEach
	void fixture() {
		loadFixture();
		graphBefore = count("MATCH (n) RETURN count(n)") * 1000 + count("MATCH ()-[r]->() RETURN count(r)");
	}

	@Test
	void aTreatyInForceBeforeItsSignatureIsRefusedByBoth() {
		expectSame("addTreaty", treaty("t-late", "BILATERAL", "2021-01-01", "2020-01-01", List.of("BE", "EC")),
				"input.inForceFrom", "Treaty.csv", """
						id,title,kind,status,signedOn,inForceFrom,terminatedOn,source,credibility
						t-late,Late,BILATERAL,IN_FORCE,2021-01-01,2020-01-01,,src-a,1
						""", "inForceFrom", "2020-01-01 is before signedOn 2021-01-01");
	}

	@Test
	void aBilateralTreatyWithThreePartiesIsRefusedByBoth() {
		expectSame("addTreaty", treaty("t-three", "BILATERAL", null, null, List.of("BE", "EC", "NL")), "input.parties",
				"PARTY_TO.csv", """
						fromLabel,from,to,since,source
						State,NL,t-be-ec-police,,src-a
						""", "to", "a BILATERAL treaty needs exactly two parties, has 3");
	}

	@Test
	void aProposedMeasureWithAnAdoptionDateIsRefusedByBoth() {
		expectSame("addSanctionMeasure", measure("sm-x", "PROPOSED", "2024-01-01", null), "input.adoptedOn",
				"SanctionMeasure.csv", """
						id,kind,status,adoptedOn,liftedOn,reviewBy,legalBasis,reason,source,credibility
						sm-x,DIPLOMATIC_DEMARCHE,PROPOSED,2024-01-01,,,,,src-a,2
						""", "adoptedOn", "must be empty while the measure is PROPOSED");
	}

	@Test
	void anAdoptedMeasureWithoutAnAdoptionDateIsRefusedByBoth() {
		expectSame("addSanctionMeasure", measure("sm-x", "ADOPTED", null, null), "input.adoptedOn", "SanctionMeasure.csv",
				"""
						id,kind,status,adoptedOn,liftedOn,reviewBy,legalBasis,reason,source,credibility
						sm-x,DIPLOMATIC_DEMARCHE,ADOPTED,,,,,,src-a,2
						""", "adoptedOn", "is required when the status is ADOPTED");
	}

	@Test
	void aLiftedMeasureWithoutALiftingDateIsRefusedByBoth() {
		expectSame("addSanctionMeasure", measure("sm-x", "LIFTED", "2024-01-01", null), "input.liftedOn",
				"SanctionMeasure.csv", """
						id,kind,status,adoptedOn,liftedOn,reviewBy,legalBasis,reason,source,credibility
						sm-x,DIPLOMATIC_DEMARCHE,LIFTED,2024-01-01,,,,,src-a,2
						""", "liftedOn", "is required when the status is LIFTED");
	}

	@Test
	void aRouteThatStartsInTransitIsRefusedByBoth() {
		expectSame("addTraffickingRoute", route("r-x", List.of("TRANSIT", "DESTINATION")), "input.calls[0].role",
				"CALLS_AT.csv", """
						from,to,seq,role,source
						r-gye-anr,ECGYE,0,TRANSIT,src-a
						r-gye-anr,BEANR,1,DESTINATION,src-a
						""", "role", "must be ORIGIN");
	}

	@Test
	void aRouteWithOneCallIsRefusedByBoth() {
		expectSame("addTraffickingRoute", route("r-x", List.of("ORIGIN")), "input.calls", "CALLS_AT.csv", """
				from,to,seq,role,source
				r-gye-anr,ECGYE,0,ORIGIN,src-a
				""", "from", "a route needs at least two calls, has 1");
	}

	@Test
	void aPostingThatEndsBeforeItStartsIsRefusedByBoth() {
		var input = new HashMap<String, Object>(Map.of("id", "lo-x", "role", "DIPLOMAT", "since", "2024-01-01", "until",
				"2023-01-01", "source", SOURCE));
		expectSame("addLiaisonOfficer", input, "input.until", "LiaisonOfficer.csv", """
				id,role,name,since,until,source,credibility
				lo-x,DIPLOMAT,,2024-01-01,2023-01-01,src-a,2
				""", "until", "2023-01-01 is before since 2024-01-01");
	}

	@Test
	void aLatitudeOutOfRangeIsRefusedByBoth() {
		var input = new HashMap<String, Object>(Map.of("locode", "ECXXX", "name", "X", "latitude", 95.0, "state", "EC",
				"source", SOURCE));
		expectSame("addPort", input, "input.latitude", "Port.csv", """
				locode,name,latitude,longitude,source,credibility
				ECXXX,X,95,0,src-a,2
				""", "latitude", "95.0 is outside -90..90");
	}

	@Test
	void aPortPlacedInAnotherStateThanItsLocodeSaysIsRefusedByBoth() {
		var input = new HashMap<String, Object>(Map.of("locode", "ECXXX", "name", "X", "state", "PA", "source", SOURCE));
		expectSame("addPort", input, "input.state", List.of(new ImportFile("Port.csv", """
				locode,name,latitude,longitude,source,credibility
				ECXXX,X,,,src-a,2
				"""), new ImportFile("IN_STATE.csv", """
				fromLabel,from,to,source
				Port,ECXXX,PA,src-a
				""")), "IN_STATE.csv", "to", "Port 'ECXXX' is in state 'EC' by its UN/LOCODE, not 'PA'");
	}

	@Test
	void partsOfASeizureThatOutweighItsTotalAreRefusedByBoth() {
		var input = new HashMap<String, Object>(Map.of("id", "s-part", "seizedOn", "2023-12-31", "drug", "cocaine",
				"quantityKg", 1500.0, "at", "BEANR", "partOf", "s-anr-2023", "source", SOURCE));
		expectSame("addSeizure", input, "input.partOf", List.of(new ImportFile("Seizure.csv", """
				id,seizedOn,drug,quantityKg,concealment,source,credibility
				s-part,2023-12-31,cocaine,1500,,src-a,2
				"""), new ImportFile("AT.csv", """
				from,to,source
				s-part,BEANR,src-a
				"""), new ImportFile("PART_OF.csv", """
				from,to,source
				s-part,s-anr-2023,src-a
				""")), "PART_OF.csv", "to", "the parts of Seizure 's-anr-2023' (s-part) add up to 1500, more than its 1000");
	}

	/**
	 * The mutation fails with one error on {@code inputField} and the import with one problem on
	 * {@code column}, both with {@code reason}; the graph is unchanged.
	 */
	private void expectSame(String mutation, Map<String, Object> input, String inputField, String file, String content,
			String column, String reason) {
		expectSame(mutation, input, inputField, List.of(new ImportFile(file, content)), file, column, reason);
	}

	/** Likewise for an import of several files, the problem in {@code file}. */
	private void expectSame(String mutation, Map<String, Object> input, String inputField, List<ImportFile> files,
			String file, String column, String reason) {
		editor().documentName(mutation).variable("input", input).execute().errors().satisfy(errors -> {
			assertThat(errors).extracting(e -> e.getExtensions().get("field")).containsExactly(inputField);
			assertThat(errors).extracting(e -> e.getMessage()).containsExactly(inputField + ": " + reason);
		});
		var failure = catchThrowableOfType(ImportFailedException.class,
				() -> importer.importFiles(files));
		assertThat(failure).as("the import of " + file).isNotNull();
		assertThat(failure.problems()).extracting(ImportProblem::file, ImportProblem::field, ImportProblem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(file, column, reason));
		assertThat(count("MATCH (n) RETURN count(n)") * 1000 + count("MATCH ()-[r]->() RETURN count(r)"))
			.as("the graph after both refusals").isEqualTo(graphBefore);
	}

	private static Map<String, Object> treaty(String id, String kind, String signedOn, String inForceFrom,
			List<String> parties) {
		var input = new HashMap<String, Object>();
		input.put("id", id);
		input.put("title", id);
		input.put("kind", kind);
		input.put("status", "IN_FORCE");
		input.put("signedOn", signedOn);
		input.put("inForceFrom", inForceFrom);
		input.put("parties", parties.stream().map(p -> Map.of("party", p)).toList());
		input.put("source", SOURCE);
		return input;
	}

	private static Map<String, Object> measure(String id, String status, String adoptedOn, String liftedOn) {
		var input = new HashMap<String, Object>();
		input.put("id", id);
		input.put("kind", "DIPLOMATIC_DEMARCHE");
		input.put("status", status);
		input.put("adoptedOn", adoptedOn);
		input.put("liftedOn", liftedOn);
		input.put("target", "EC");
		input.put("imposedBy", "BE");
		input.put("source", SOURCE);
		return input;
	}

	private static Map<String, Object> route(String id, List<String> roles) {
		List<String> ports = List.of("ECGYE", "PAMIT", "BEANR");
		var calls = new java.util.ArrayList<Map<String, Object>>();
		for (int i = 0; i < roles.size(); i++) {
			calls.add(Map.of("port", ports.get(i), "role", roles.get(i)));
		}
		return new HashMap<>(Map.of("id", id, "name", id, "commodity", "COCAINE", "modality", "CONTAINER", "active",
				true, "calls", calls, "source", SOURCE));
	}

}
