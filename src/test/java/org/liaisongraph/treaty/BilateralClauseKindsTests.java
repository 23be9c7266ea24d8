package org.liaisongraph.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.dataset.ImportFile;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The derived bilateral clause kinds say what the rules say (home-side, treaty-in-force, bilateral
 * through bilateral-treaties-by-state, then the treaties' clauses): for every home state of the
 * fixture, on every day the answer may change and the days around it, after an import and after
 * each kind of write; and what writes and imports keep is what computing every kind again gives.
 */
class BilateralClauseKindsTests extends IntegrationTest {

	private static final Map<String, Object> SOURCE = Map.of("id", "src-a");

	@Autowired
	private NamedQueries queries;

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void theKindsOfTheFixtureAreThoseItsTreatiesInForceHaveOnEachDay() {
		// by hand: the Colombian agreement until 2021, the EU's readmission agreement with Cabo Verde
		// (Belgium a member since 1958) from 2014-12-01, the Ecuadorian one from 2023-06-01; never the
		// UN convention (four states) nor the Panamanian one before 2027
		assertThat(derived("BE", "2020-06-30")).containsExactly("CO JUDICIAL_COOPERATION true", "CV READMISSION true");
		assertThat(derived("BE", "2024-01-01")).containsExactly("CV READMISSION true",
				"EC DRUG_TRAFFICKING_COOPERATION true", "EC OPERATIONAL_INFORMATION_EXCHANGE true");
		assertThat(derived("BE", "2027-01-01")).contains("PA CUSTOMS_COOPERATION false");
		assertThat(derived("EC", "2024-01-01")).containsExactly("BE DRUG_TRAFFICKING_COOPERATION true",
				"BE OPERATIONAL_INFORMATION_EXCHANGE true");
		assertThat(derived("NL", "2024-01-01")).containsExactly("CV READMISSION true");
		assertAgreesWithTheRules();
	}

	@Test
	void writesToTreatiesClausesPartiesAndMembershipsKeepTheKindsInStep() {
		write("addTreaty", Map.of("id", "t-be-ec-extradition", "title", "Extradition", "kind", "BILATERAL", "status",
				"IN_FORCE", "signedOn", "2019-03-01", "parties", List.of(Map.of("party", "BE"), Map.of("party", "EC")),
				"source", SOURCE));
		assertAgreesWithTheRules();
		write("addClause", Map.of("id", "t-be-ec-extradition-art1", "treaty", "t-be-ec-extradition", "type",
				"EXTRADITION", "binding", true, "source", SOURCE));
		write("addClause", Map.of("id", "t-be-ec-extradition-art2", "treaty", "t-be-ec-extradition", "type",
				"DRUG_TRAFFICKING_COOPERATION", "binding", true, "source", SOURCE));
		assertThat(derived("BE", "2020-01-01")).containsExactly("CO JUDICIAL_COOPERATION true", "CV READMISSION true",
				"EC DRUG_TRAFFICKING_COOPERATION true", "EC EXTRADITION true");
		assertAgreesWithTheRules();
		// dates and status
		write("updateTreaty", Map.of("id", "t-be-ec-extradition", "version", version("Treaty", "t-be-ec-extradition"),
				"inForceFrom", "2020-02-01", "terminatedOn", "2025-01-01", "source", SOURCE));
		assertAgreesWithTheRules();
		write("updateTreaty", Map.of("id", "t-be-co-old", "version", version("Treaty", "t-be-co-old"), "status",
				"SUSPENDED", "source", SOURCE));
		assertThat(derived("BE", "2020-06-30")).doesNotContain("CO JUDICIAL_COOPERATION true");
		assertAgreesWithTheRules();
		// a party replaced: Ecuador's pairs lose the treaty, Colombia's gain it
		write("updateTreaty", Map.of("id", "t-be-ec-extradition", "version", version("Treaty", "t-be-ec-extradition"),
				"parties", List.of(Map.of("party", "BE"), Map.of("party", "CO")), "source", SOURCE));
		assertThat(derived("BE", "2021-01-01")).contains("CO EXTRADITION true").doesNotContain("EC EXTRADITION true");
		assertAgreesWithTheRules();
		// clauses changed, moved and removed
		write("updateClause", Map.of("id", "t-be-ec-extradition-art1", "version",
				version("Clause", "t-be-ec-extradition-art1"), "binding", false, "source", SOURCE));
		assertAgreesWithTheRules();
		write("updateClause", Map.of("id", "t-be-ec-police-art2", "version", version("Clause", "t-be-ec-police-art2"),
				"treaty", "t-be-ec-extradition", "source", SOURCE));
		assertAgreesWithTheRules();
		write("removeClause", Map.of("id", "t-be-ec-extradition-art2", "version",
				version("Clause", "t-be-ec-extradition-art2"), "source", SOURCE));
		assertAgreesWithTheRules();
		// memberships: Ecuador joins the EU and shares its agreement with Cabo Verde from that day
		write("addMembership", Map.of("state", "EC", "bloc", "EU", "since", "2022-05-01", "source", SOURCE));
		assertThat(derived("EC", "2022-05-01")).contains("CV READMISSION true");
		assertThat(derived("EC", "2022-04-30")).doesNotContain("CV READMISSION true");
		assertAgreesWithTheRules();
		write("updateMembership", Map.of("state", "EC", "bloc", "EU", "version", membershipVersion("EC", "EU"), "since",
				"2023-01-01", "source", SOURCE));
		assertAgreesWithTheRules();
		write("removeMembership", Map.of("state", "EC", "bloc", "EU", "version", membershipVersion("EC", "EU"),
				"source", SOURCE));
		assertThat(derived("EC", "2024-01-01")).doesNotContain("CV READMISSION true");
		assertAgreesWithTheRules();
		// a treaty removed with its clauses
		write("removeTreaty", Map.of("id", "t-be-ec-extradition", "version", version("Treaty", "t-be-ec-extradition"),
				"source", SOURCE));
		assertThat(derived("BE", "2021-01-01")).doesNotContain("CO EXTRADITION false");
		assertAgreesWithTheRules();
	}

	@Test
	void anImportKeepsTheKindsInStep() {
		importer.importFiles(List.of(
				new ImportFile("Treaty.csv", """
						id,title,kind,status,signedOn,inForceFrom,terminatedOn,source,credibility
						t-be-cv-customs,Belgium-Cabo Verde customs,BILATERAL,IN_FORCE,2016-01-01,2017-01-01,2030-01-01,src-a,1
						t-be-ec-police,Belgium-Ecuador police cooperation,BILATERAL,IN_FORCE,2023-02-27,2023-09-01,,src-a,1
						"""),
				new ImportFile("PARTY_TO.csv", """
						fromLabel,from,to,since,source
						State,BE,t-be-cv-customs,,src-a
						State,CV,t-be-cv-customs,,src-a
						"""),
				new ImportFile("Clause.csv", """
						id,type,article,binding,summary,source,credibility
						t-be-cv-customs-art1,CUSTOMS_COOPERATION,Art. 1,true,,src-a,1
						t-be-co-old-art1,EXTRADITION,Art. 1,true,Judicial cooperation,src-a,2
						"""),
				new ImportFile("HAS_CLAUSE.csv", """
						from,to,source
						t-be-cv-customs,t-be-cv-customs-art1,src-a
						"""),
				new ImportFile("MEMBER_OF.csv", """
						from,to,since,source
						CV,EU,2018-01-01,src-a
						""")));
		assertThat(derived("BE", "2020-06-30")).containsExactly("CO EXTRADITION true", "CV CUSTOMS_COOPERATION true",
				"CV READMISSION true");
		assertAgreesWithTheRules();
	}

	/**
	 * For every state as home, on every date a treaty or membership holds and the days either side,
	 * the kinds derived are those the rules give; and computing every kind again changes none.
	 */
	private void assertAgreesWithTheRules() {
		var days = new TreeSet<LocalDate>(neo4j.query("""
				MATCH (t:Treaty) UNWIND [t.signedOn, t.inForceFrom, t.terminatedOn] AS day
				WITH day WHERE day IS NOT NULL RETURN day
				UNION
				MATCH ()-[m:MEMBER_OF]->() WHERE m.since IS NOT NULL RETURN m.since AS day""")
			.fetchAs(LocalDate.class)
			.all());
		var checked = new TreeSet<LocalDate>();
		days.forEach(day -> checked.addAll(List.of(day.minusDays(1), day, day.plusDays(1))));
		int kindsSeen = 0;
		for (LocalDate day : checked) {
			var derived = derived(null, day.toString());
			assertThat(derived).as("on " + day).isEqualTo(live(day.toString()));
			kindsSeen += derived.size();
		}
		assertThat(kindsSeen).as("kinds compared").isPositive();
		var kept = stored();
		deriveFacts();
		assertThat(stored()).as("what writes and imports kept, against computing all again").isEqualTo(kept);
	}

	/** The kinds of one home's pairs as "state type binding"; of every home's as "home state type binding". */
	private List<String> derived(String home, String on) {
		var parameters = new HashMap<String, Object>();
		parameters.put("home", home);
		parameters.put("on", LocalDate.parse(on));
		return neo4j.query(queries.assemble("""
				MATCH (home:State) WHERE $home IS NULL OR home.iso2 = $home
				CALL (home) {
				  {{bilateral-clause-kinds-by-state(home, $on)}}
				}
				UNWIND bilateralByState AS shared
				UNWIND shared.kinds AS kind
				RETURN CASE WHEN $home IS NULL THEN home.iso2 + ' ' ELSE '' END
				  + shared.state.iso2 + ' ' + kind.type + ' ' + kind.binding AS kind ORDER BY kind""", "derived kinds"))
			.bindAll(parameters)
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
	}

	/** Every home's kinds as countryPriorities read them before they were derived: each treaty and its clauses. */
	private List<String> live(String on) {
		return neo4j.query(queries.assemble("""
				MATCH (home:State)
				WITH home, {{home-side(home, $on)}} AS homeSide
				CALL (homeSide) {
				  {{bilateral-treaties-by-state(homeSide, $on)}}
				}
				UNWIND bilateralByState AS shared
				UNWIND shared.treaties AS treaty
				MATCH (treaty)-[:HAS_CLAUSE]->(clause)
				RETURN DISTINCT home.iso2 + ' ' + shared.state.iso2 + ' ' + clause.type + ' ' + clause.binding AS kind
				ORDER BY kind""", "live kinds"))
			.bindAll(Map.of("on", LocalDate.parse(on)))
			.fetchAs(String.class)
			.all()
			.stream()
			.toList();
	}

	private List<String> stored() {
		return List.copyOf(neo4j.query("""
				MATCH (k:BilateralClauseKind)
				RETURN k.home + ' ' + k.state + ' ' + k.type + ' ' + k.binding + ' ' + k.from + ' ' + coalesce(toString(k.until), '-')
				AS kind ORDER BY kind""").fetchAs(String.class).all());
	}

	private void write(String mutation, Map<String, Object> input) {
		editor().documentName(mutation).variable("input", new HashMap<>(input)).execute().errors().verify();
	}

	private long version(String label, String id) {
		return count("MATCH (n:" + label + " {id: '" + id + "'}) RETURN n.version");
	}

	private long membershipVersion(String state, String bloc) {
		return count("MATCH (:State {iso2: '" + state + "'})-[m:MEMBER_OF]->(:Bloc {code: '" + bloc + "'}) RETURN m.version");
	}

}
