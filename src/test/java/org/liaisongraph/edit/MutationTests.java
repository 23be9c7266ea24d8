package org.liaisongraph.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every add, update and remove mutation of every entity and fact, on the fixture graph: what is
 * stored after each, its version, and the audit entry recorded with it.
 */
class MutationTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	/** Label, key property, add input, one change for update (field and new value). */
	static Stream<Arguments> entities() {
		return Stream.of(
				entity("Source", "id", "src-new", Map.of("title", "Annual report", "reliability", "B"), "title", "Annual report 2025"),
				entity("State", "iso2", "PE", Map.of("iso3", "PER", "name", "Peru"), "nameFr", "Pérou"),
				entity("Bloc", "code", "MERCOSUR", Map.of("name", "Mercosur"), "name", "Mercado Común del Sur"),
				entity("Index", "code", "GOC-INDEX", Map.of("name", "Global Organized Crime Index"), "publisher", "GI-TOC"),
				entity("Port", "locode", "ECMEC", Map.of("name", "Manta", "latitude", -0.93, "longitude", -80.72, "state", "EC"), "name", "Puerto de Manta"),
				entity("Treaty", "id", "t-be-pa-new",
						Map.of("title", "Belgium-Panama customs", "kind", "BILATERAL", "status", "SIGNED", "signedOn", "2025-03-01",
								"parties", List.of(Map.of("party", "BE"), Map.of("party", "PA"))),
						"status", "IN_FORCE"),
				entity("Clause", "id", "t-un-1988-art9", Map.of("treaty", "t-un-1988", "type", "CUSTOMS_COOPERATION", "binding", true), "article", "Art. 9"),
				entity("Agency", "code", "PA-SENAN", Map.of("name", "Servicio Nacional Aeronaval", "kind", "DEFENCE", "belongsTo", "PA"), "belongsTo", "EU"),
				entity("Post", "id", "post-ctg", Map.of("name", "Cartagena liaison office", "kind", "LIAISON_OFFICE", "onDrugRoute", true, "state", "CO", "covers", List.of("COCTG")), "covers", List.of("COCTG", "PAMIT")),
				entity("LiaisonOfficer", "id", "lo-3", Map.of("role", "CUSTOMS_EXPERT", "since", "2026-01-01", "agency", "BE-CUSTOMS", "accreditedTo", "CO", "postedAt", List.of("COCTG")), "until", "2026-10-31"),
				entity("SanctionMeasure", "id", "sm-2", Map.of("kind", "VISA_RESTRICTION", "status", "PROPOSED", "target", "PA", "imposedBy", "EU"), "reason", "No cooperation on extradition"),
				entity("TraffickingRoute", "id", "r-ctg-anr", Map.of("name", "Cartagena - Antwerp", "commodity", "COCAINE", "modality", "CONTAINER", "active", true,
						"calls", List.of(Map.of("port", "COCTG", "role", "ORIGIN"), Map.of("port", "BEANR", "role", "DESTINATION"))), "active", false),
				entity("Seizure", "id", "s-gye-2025", Map.of("seizedOn", "2025-02-01", "drug", "cocaine", "quantityKg", 120.5, "at", "ECGYE"), "quantityKg", 121.0));
	}

	private static Arguments entity(String label, String key, String value, Map<String, Object> fields, String changed,
			Object newValue) {
		return Arguments.of(label, key, value, fields, changed, newValue);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("entities")
	void addUpdateAndRemoveAnEntityEachRecordTheirChange(String label, String key, String value,
			Map<String, Object> fields, String changed, Object newValue) {
		Map<String, Object> add = new HashMap<>(fields);
		add.put(key, value);
		if (!label.equals("Source")) {
			add.put("source", SOURCE);
		}
		var added = mutate("add" + label, add);
		added.path("add" + label + "." + lowerCamel(label) + ".version").entity(Integer.class).isEqualTo(1);
		added.path("add" + label + ".auditEntry.before").valueIsNull();
		added.path("add" + label + ".auditEntry.entityKey").entity(String.class).isEqualTo(value);
		assertThat(count("MATCH (n:" + label + " {" + key + ": '" + value + "'}) RETURN count(n)")).isOne();

		Map<String, Object> update = new HashMap<>(Map.of(key, value, "version", 1, changed, newValue));
		if (!label.equals("Source")) {
			update.put("source", SOURCE);
		}
		var updated = mutate("update" + label, update);
		updated.path("update" + label + "." + lowerCamel(label) + ".version").entity(Integer.class).isEqualTo(2);
		updated.path("update" + label + ".auditEntry.changed").entityList(String.class).containsExactly(changed);
		updated.path("update" + label + ".auditEntry.after." + changed).hasValue();

		Map<String, Object> remove = new HashMap<>(Map.of(key, value, "version", 2));
		if (!label.equals("Source")) {
			remove.put("source", SOURCE);
		}
		var removed = mutate("remove" + label, remove);
		removed.path("remove" + label + "." + key).entity(String.class).isEqualTo(value);
		removed.path("remove" + label + ".auditEntry.after").valueIsNull();
		assertThat(count("MATCH (n:" + label + " {" + key + ": '" + value + "'}) RETURN count(n)")).isZero();
		assertThat(count("MATCH (e:AuditEntry {entityType: '" + label + "', entityKey: '" + value + "'}) RETURN count(e)"))
			.isEqualTo(3);
	}

	/** Fact name, its identity fields, value fields to add, and one change. */
	static Stream<Arguments> facts() {
		return Stream.of(
				Arguments.of("Membership", Map.of("state", "PA", "bloc", "BENELUX"), Map.of("since", "2020-01-01"), "since", "2021-01-01",
						"MATCH (:State {iso2: 'PA'})-[r:MEMBER_OF]->(:Bloc {code: 'BENELUX'}) RETURN count(r)"),
				Arguments.of("Rating", Map.of("state", "CO", "index", "TI-CPI", "year", 2023), Map.of("score", 40.0), "score", 41.0,
						"MATCH (:State {iso2: 'CO'})-[r:RATED {year: 2023}]->(:Index) RETURN count(r)"),
				Arguments.of("ConvictionFigure", Map.of("nationality", "PA", "convictedIn", "BE", "year", 2024), Map.of("count", 3), "count", 4,
						"MATCH (:State {iso2: 'PA'})-[r:NATIONALS_CONVICTED {year: 2024}]->(:State {iso2: 'BE'}) RETURN count(r)"),
				Arguments.of("DetentionFigure", Map.of("nationality", "PA", "detainedIn", "BE", "date", "2024-01-01", "measure",
						"PRISON_POPULATION"), Map.of("count", 3), "count", 4,
						"MATCH (:State {iso2: 'PA'})-[r:DETAINED_IN {date: date('2024-01-01')}]->(:State {iso2: 'BE'}) RETURN count(r)"),
				Arguments.of("Participation", Map.of("participant", "BE-CUSTOMS", "agency", "MAOC-N"), Map.of("staff", 2), "staff", 3,
						"MATCH (:Agency {code: 'BE-CUSTOMS'})-[r:PARTICIPATES_IN]->(:Agency {code: 'MAOC-N'}) RETURN count(r)"),
				Arguments.of("InformationSharing", Map.of("agency", "MAOC-N", "partner", "BE-CUSTOMS"), Map.of("legalBasis", "MoU 2025"), "since", "2025-05-01",
						"MATCH (:Agency {code: 'MAOC-N'})-[r:SHARES_INFORMATION_WITH]->(:Agency {code: 'BE-CUSTOMS'}) RETURN count(r)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("facts")
	void addUpdateAndRemoveAFactEachRecordTheirChange(String name, Map<String, Object> identity,
			Map<String, Object> values, String changed, Object newValue, String countQuery) {
		Map<String, Object> add = new HashMap<>(identity);
		add.putAll(values);
		add.put("source", SOURCE);
		mutate("add" + name, add).path("add" + name + ".auditEntry.operation").entity(String.class).isEqualTo("add" + name);
		assertThat(count(countQuery)).isOne();

		Map<String, Object> update = new HashMap<>(identity);
		update.putAll(Map.of("version", 1, changed, newValue, "source", Map.of("id", "illustrative")));
		var updated = mutate("update" + name, update);
		updated.path("update" + name + ".auditEntry.changed").entityList(String.class)
			.contains(changed, "source")
			.hasSize(2);

		Map<String, Object> remove = new HashMap<>(identity);
		remove.putAll(Map.of("version", 2, "source", SOURCE));
		mutate("remove" + name, remove).path("remove" + name + ".auditEntry.after").valueIsNull();
		assertThat(count(countQuery)).isZero();
	}

	/**
	 * The fixture's Antwerp 2023 total of 1,000 kg gets a 600 kg part shipped from Ecuador: the total
	 * may not shrink below it, nor be removed while it has it; the part may grow to the total.
	 */
	@Test
	void aSeizureTotalKeepsAtLeastItsPartsAndIsNotRemovedWhileItHasThem() {
		mutate("addSeizure", Map.of("id", "s-anr-2023-ec", "seizedOn", "2023-12-31", "drug", "cocaine", "quantityKg", 600.0,
				"at", "BEANR", "shippedFromState", "EC", "partOf", "s-anr-2023", "source", SOURCE));
		editor().documentName("updateSeizure")
			.variable("input", Map.of("id", "s-anr-2023", "version", 1, "quantityKg", 500.0, "source", SOURCE))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).extracting(e -> e.getMessage()).containsExactly("input.quantityKg: "
					+ "the parts of Seizure 's-anr-2023' (s-anr-2023-ec) add up to 600, more than its 500"));
		editor().documentName("removeSeizure")
			.variable("input", Map.of("id", "s-anr-2023", "version", 1, "source", SOURCE))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).extracting(e -> e.getMessage())
				.containsExactly("input.id: the Seizure 's-anr-2023' is still referenced (1 PART_OF); remove or change those first"));
		mutate("updateSeizure", Map.of("id", "s-anr-2023-ec", "version", 1, "quantityKg", 1000.0, "source", SOURCE));
		assertThat(count("MATCH (:Seizure {id: 's-anr-2023-ec'})-[:SHIPPED_FROM_STATE]->(:State {iso2: 'EC'}) RETURN count(*)"))
			.isOne();
	}

	private GraphQlTester.Traversable mutate(String document,
			Map<String, Object> input) {
		return editor().documentName(document).variable("input", input).execute().errors().verify();
	}

	private static String lowerCamel(String label) {
		return Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

}
