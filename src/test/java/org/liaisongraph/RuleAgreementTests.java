package org.liaisongraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each domain rule is defined once; these tests run a table of edge cases through every query and
 * field that uses the rule and expect the same answer from all of them. The date of every case is
 * D = 2025-06-15; the home state is BE, the other state EC.
 */
class RuleAgreementTests extends IntegrationTest {

	private static final String D = "2025-06-15";

	@Autowired
	private NamedQueries queries;

	/** Treaties around D, each bilateral between BE and EC with one binding READMISSION clause. */
	private static final List<Map<String, Object>> TREATIES = List.of(
			treaty("t-from-day-before", "IN_FORCE", "2025-06-14", null),
			treaty("t-from-day-of", "IN_FORCE", "2025-06-15", null),
			treaty("t-from-day-after", "SIGNED", "2025-06-16", null),
			treaty("t-no-date", "IN_FORCE", null, null),
			treaty("t-undated-signed-day-of", "IN_FORCE", null, null, "2025-06-15"),
			treaty("t-undated-signed-day-after", "IN_FORCE", null, null, "2025-06-16"),
			treaty("t-undated-ended", "TERMINATED", null, null, "2000-01-01"),
			treaty("t-undated-ended-day-after", "TERMINATED", null, "2025-06-16", "2000-01-01"),
			treaty("t-ended-day-of", "TERMINATED", "2020-01-01", "2025-06-15"),
			treaty("t-ended-day-after", "TERMINATED", "2020-01-01", "2025-06-16"),
			treaty("t-suspended", "SUSPENDED", "2020-01-01", null),
			treaty("t-open-ended", "IN_FORCE", "2020-01-01", null));

	private static final List<String> IN_FORCE_ON_D = List.of("t-ended-day-after", "t-from-day-before", "t-from-day-of",
			"t-open-ended", "t-undated-ended-day-after", "t-undated-signed-day-of");

	@Test
	void everyPathAgreesOnWhichTreatiesAreInForceOnADate() {
		homeAndPartner();
		neo4j.query("""
				UNWIND $treaties AS t
				CREATE (n:Treaty {id: t.id, title: t.id, kind: 'BILATERAL', status: t.status, version: 1})
				SET n.inForceFrom = date(t.from), n.terminatedOn = date(t.until), n.signedOn = date(t.signed)
				CREATE (n)-[:HAS_CLAUSE]->(:Clause {id: t.id + '-readmission', type: 'READMISSION', binding: true, version: 1})
				WITH n MATCH (s:State) WHERE s.iso2 IN ['BE', 'EC'] CREATE (s)-[:PARTY_TO]->(n)""")
			.bind(TREATIES)
			.to("treaties")
			.run();
		deriveFacts();

		assertThat(strings("{ treaties(filter: {party: \"EC\", inForceOn: \"" + D + "\"}, first: 100) { nodes { id } } }",
				"treaties.nodes[*].id")).as("treaties(filter: {inForceOn})").isEqualTo(IN_FORCE_ON_D);
		assertThat(strings("{ state(iso2: \"EC\") { treaties(inForceOn: \"" + D + "\") { id } } }", "state.treaties[*].id"))
			.as("State.treaties(inForceOn)").isEqualTo(IN_FORCE_ON_D);
		assertThat(inForceField()).as("Treaty.inForceOn(date)").isEqualTo(IN_FORCE_ON_D);
		assertThat(strings("{ treatyGaps(states: [\"EC\"], asOf: \"" + D + "\") { treaties { treaty { id } } } }",
				"treatyGaps[0].treaties[*].treaty.id")).as("treatyGaps").isEqualTo(IN_FORCE_ON_D);
		assertThat(strings("{ readmissionGaps(asOf: \"" + D + "\") { obligations { treaty { id } } } }",
				"readmissionGaps[0].obligations[*].treaty.id")).as("readmissionGaps").isEqualTo(IN_FORCE_ON_D);
		assertThat(strings("{ countryPriorities(asOf: \"" + D + "\") { bilateralTreaties { id } } }",
				"countryPriorities[0].bilateralTreaties[*].id")).as("countryPriorities").isEqualTo(IN_FORCE_ON_D);
		assertThat(strings("{ sanctionCandidates(asOf: \"" + D + "\") { treatiesChecked { id } } }",
				"sanctionCandidates[0].treatiesChecked[*].id")).as("sanctionCandidates").isEqualTo(IN_FORCE_ON_D);
		assertThat(strings("{ portExposure(locode: \"ECAAA\", asOf: \"" + D + "\") { treaties { id } } }",
				"portExposure.treaties[*].id")).as("portExposure").isEqualTo(IN_FORCE_ON_D);
	}

	/**
	 * Each treaty of the table alone, with a cooperation clause (not binding: any clause counts): EC is
	 * a sanction candidate exactly when it is not in force on D. sanctionCandidates reads that from the
	 * derived clause kinds of the pair (cooperation-treaty-with), treatyGaps from the treaty itself.
	 */
	@Test
	void everyPathAgreesOnWhetherACooperationTreatyIsInForceOnADate() {
		homeAndPartner();
		for (var treaty : TREATIES) {
			neo4j.query("""
					CREATE (n:Treaty {id: $t.id, title: $t.id, kind: 'BILATERAL', status: $t.status, version: 1})
					SET n.inForceFrom = date($t.from), n.terminatedOn = date($t.until), n.signedOn = date($t.signed)
					CREATE (n)-[:HAS_CLAUSE]->(:Clause {id: $t.id + '-exchange', type: 'OPERATIONAL_INFORMATION_EXCHANGE',
					                                    binding: false, version: 1})
					WITH n MATCH (s:State) WHERE s.iso2 IN ['BE', 'EC'] CREATE (s)-[:PARTY_TO]->(n)""")
				.bind(treaty)
				.to("t")
				.run();
			deriveFacts();
			String id = (String) treaty.get("id");
			boolean inForce = IN_FORCE_ON_D.contains(id);
			assertThat(strings("{ sanctionCandidates(asOf: \"" + D + "\") { state { iso2 } } }",
					"sanctionCandidates[*].state.iso2")).as("sanctionCandidates with " + id)
				.isEqualTo(inForce ? List.of() : List.of("EC"));
			assertThat(strings("{ treatyGaps(states: [\"EC\"], asOf: \"" + D + "\") { covered } }", "treatyGaps[0].covered"))
				.as("treatyGaps with " + id).isEqualTo(inForce ? List.of("OPERATIONAL_INFORMATION_EXCHANGE") : List.of());
			neo4j.query("MATCH (n:Treaty {id: $id})-[:HAS_CLAUSE]->(clause) DETACH DELETE n, clause").bind(id).to("id").run();
			deriveFacts();
		}
	}

	/** Officers at ports of EC, one port each, sent by a Belgian agency, with postings around D. */
	private static final List<Map<String, Object>> OFFICERS = List.of(officer("o-since-day-of", "ECAAA", D, null),
			officer("o-since-day-after", "ECAAB", "2025-06-16", null),
			officer("o-until-day-of", "ECAAC", "2024-01-01", D),
			officer("o-until-day-before", "ECAAD", "2024-01-01", "2025-06-14"),
			officer("o-open", "ECAAE", null, null));

	private static final List<String> POSTED_ON_D = List.of("o-open", "o-since-day-of", "o-until-day-of");

	private static final List<String> PORTS_COVERED_ON_D = List.of("ECAAA", "ECAAC", "ECAAE");

	private static final List<String> PORTS_UNCOVERED_ON_D = List.of("ECAAB", "ECAAD");

	@Test
	void everyPathAgreesOnWhichOfficersArePostedOnADate() {
		homeAndPartner();
		neo4j.query("""
				MATCH (be:State {iso2: 'BE'}), (ec:State {iso2: 'EC'}), (anr:Port {locode: 'BEANR'})
				CREATE (agency:Agency {code: 'BE-POLICE', name: 'Federal Police', kind: 'POLICE', version: 1})-[:BELONGS_TO]->(be)
				WITH agency, ec, anr
				UNWIND $officers AS o
				MERGE (p:Port {locode: o.port}) ON CREATE SET p.name = o.port, p.version = 1
				MERGE (p)-[:IN_STATE]->(ec)
				CREATE (n:LiaisonOfficer {id: o.id, role: 'POLICE_LIAISON', version: 1})
				SET n.since = date(o.since), n.until = date(o.until)
				CREATE (n)-[:POSTED_AT]->(p), (n)-[:SENT_BY]->(agency)
				CREATE (r:TraffickingRoute {id: 'r-' + o.port, name: o.port, commodity: 'COCAINE', modality: 'CONTAINER',
				                            active: true, version: 1})
				CREATE (r)-[:CALLS_AT {seq: 0, role: 'ORIGIN'}]->(p), (r)-[:CALLS_AT {seq: 1, role: 'DESTINATION'}]->(anr)""")
			.bind(OFFICERS)
			.to("officers")
			.run();
		// the routes' derived facts, as a write would keep them
		deriveFacts();

		assertThat(strings("{ liaisonOfficers(filter: {activeOn: \"" + D + "\"}, first: 100) { nodes { id } } }",
				"liaisonOfficers.nodes[*].id")).as("liaisonOfficers(filter: {activeOn})").isEqualTo(POSTED_ON_D);
		var activeOn = graphQl.document("{ liaisonOfficers(first: 100) { nodes { id activeOn(date: \"" + D + "\") } } }")
			.execute()
			.path("liaisonOfficers.nodes")
			.entityList(Map.class)
			.get();
		assertThat(activeOn.stream().filter(o -> Boolean.TRUE.equals(o.get("activeOn"))).map(o -> (String) o.get("id")))
			.as("LiaisonOfficer.activeOn(date)").containsExactlyElementsOf(POSTED_ON_D);
		var atPorts = new TreeSet<String>();
		for (var officer : OFFICERS) {
			atPorts.addAll(strings("{ portExposure(locode: \"" + officer.get("port") + "\", asOf: \"" + D
					+ "\") { liaisonOfficers { id } } }", "portExposure.liaisonOfficers[*].id"));
		}
		assertThat(atPorts).as("portExposure.liaisonOfficers").containsExactlyElementsOf(POSTED_ON_D);
		assertThat(new TreeSet<>(strings("{ liaisonCoverageGaps(destination: \"BEANR\", asOf: \"" + D + "\") { port { locode } } }",
				"liaisonCoverageGaps[*].port.locode")))
			.as("liaisonCoverageGaps").containsExactlyElementsOf(PORTS_UNCOVERED_ON_D);
		assertThat(strings("{ countryPriorities(asOf: \"" + D + "\") { portsWithLiaison { locode } } }",
				"countryPriorities[0].portsWithLiaison[*].locode"))
			.as("countryPriorities.portsWithLiaison").isEqualTo(PORTS_COVERED_ON_D);
		assertThat(strings("{ countryPriorities(asOf: \"" + D + "\") { portsWithoutLiaison { locode } } }",
				"countryPriorities[0].portsWithoutLiaison[*].locode"))
			.as("countryPriorities.portsWithoutLiaison").isEqualTo(PORTS_UNCOVERED_ON_D);
	}

	@Test
	void everyPathAgreesThatABlocJoinedMidYearCountsFromTheDayOfJoining() {
		homeAndPartner();
		// An EU agreement with EC; BE joins the EU on D, so it is Belgium's from D on, not the day before.
		neo4j.query("""
				MATCH (be:State {iso2: 'BE'}), (ec:State {iso2: 'EC'})
				CREATE (eu:Bloc {code: 'EU', name: 'European Union', version: 1})
				CREATE (be)-[:MEMBER_OF {since: date($d), version: 1}]->(eu)
				CREATE (t:Treaty {id: 't-eu-ec', title: 'EU-EC', kind: 'EU_AGREEMENT', status: 'IN_FORCE',
				                  inForceFrom: date('2020-01-01'), version: 1})
				CREATE (t)-[:HAS_CLAUSE]->(:Clause {id: 't-eu-ec-readmission', type: 'READMISSION', binding: true, version: 1})
				CREATE (eu)-[:PARTY_TO]->(t), (ec)-[:PARTY_TO]->(t)""")
			.bind(D)
			.to("d")
			.run();
		deriveFacts();

		for (var day : Map.of("2025-06-14", List.<String>of(), D, List.of("t-eu-ec")).entrySet()) {
			String asOf = day.getKey();
			List<String> expected = day.getValue();
			assertThat(strings("{ treatyGaps(states: [\"EC\"], asOf: \"" + asOf + "\") { treaties { treaty { id } } } }",
					"treatyGaps[0].treaties[*].treaty.id")).as("treatyGaps on " + asOf).isEqualTo(expected);
			assertThat(strings("{ readmissionGaps(asOf: \"" + asOf + "\") { obligations { treaty { id } } } }",
					"readmissionGaps[0].obligations[*].treaty.id")).as("readmissionGaps on " + asOf).isEqualTo(expected);
			assertThat(strings("{ countryPriorities(asOf: \"" + asOf + "\") { bilateralTreaties { id } } }",
					"countryPriorities[0].bilateralTreaties[*].id")).as("countryPriorities on " + asOf).isEqualTo(expected);
			// the clause kinds derived for the ranking (BilateralClauseKind)
			assertThat(strings("{ countryPriorities(asOf: \"" + asOf + "\") { missingClauseTypes } }",
					"countryPriorities[0].missingClauseTypes")).as("countryPriorities' missing clause types on " + asOf)
				.hasSize(expected.isEmpty() ? 6 : 5);
			assertThat(strings("{ sanctionCandidates(asOf: \"" + asOf + "\") { treatiesChecked { id } } }",
					"sanctionCandidates[0].treatiesChecked[*].id")).as("sanctionCandidates on " + asOf).isEqualTo(expected);
			assertThat(strings("{ portExposure(locode: \"ECAAA\", asOf: \"" + asOf + "\") { treaties { id } } }",
					"portExposure.treaties[*].id")).as("portExposure on " + asOf).isEqualTo(expected);
		}
	}

	@Test
	void everyPathAgreesThatAStateIsInABlocFromTheDayItJoins() {
		homeAndPartner();
		// EC joins MERCOSUR on D: a member from D on, not the day before.
		neo4j.query("""
				MATCH (ec:State {iso2: 'EC'}), (gye:Port {locode: 'ECAAA'})
				CREATE (m:Bloc {code: 'MERCOSUR', name: 'Mercosur', version: 1})
				CREATE (ec)-[:MEMBER_OF {since: date($d), version: 1}]->(m)
				CREATE (t:Treaty {id: 't-be-ec', title: 'BE-EC', kind: 'BILATERAL', status: 'IN_FORCE', version: 1})
				WITH ec, t, gye MATCH (be:State {iso2: 'BE'}), (anr:Port {locode: 'BEANR'})
				CREATE (be)-[:PARTY_TO]->(t), (ec)-[:PARTY_TO]->(t)
				CREATE (back:TraffickingRoute {id: 'r-back', name: 'Back', commodity: 'COCAINE', modality: 'CONTAINER',
				                               active: true, version: 1})
				CREATE (back)-[:CALLS_AT {seq: 0, role: 'ORIGIN'}]->(anr), (back)-[:CALLS_AT {seq: 1, role: 'DESTINATION'}]->(gye)""")
			.bind(D)
			.to("d")
			.run();
		deriveFacts();

		for (var day : Map.of("2025-06-14", false, D, true).entrySet()) {
			String asOf = day.getKey();
			clock.setDate(java.time.LocalDate.parse(asOf));
			List<String> states = day.getValue() ? List.of("EC") : List.of();
			assertThat(strings("{ states(filter: {bloc: \"MERCOSUR\"}) { nodes { iso2 } } }", "states.nodes[*].iso2"))
				.as("states(filter: {bloc}) on " + asOf).isEqualTo(states);
			assertThat(strings("{ ports(filter: {bloc: \"MERCOSUR\"}) { nodes { locode } } }", "ports.nodes[*].locode"))
				.as("ports(filter: {bloc}) on " + asOf).isEqualTo(day.getValue() ? List.of("ECAAA") : List.of());
			assertThat(strings("{ treaties(filter: {bloc: \"MERCOSUR\"}) { nodes { id } } }", "treaties.nodes[*].id"))
				.as("treaties(filter: {bloc}) on " + asOf).isEqualTo(day.getValue() ? List.of("t-be-ec") : List.of());
			assertThat(strings("{ treatyGaps(bloc: \"MERCOSUR\", asOf: \"" + asOf + "\") { state { iso2 } } }",
					"treatyGaps[*].state.iso2")).as("treatyGaps(bloc) on " + asOf).isEqualTo(states);
			assertThat(strings("{ liaisonCoverageGaps(destination: \"MERCOSUR\", asOf: \"" + asOf + "\") { port { locode } } }",
					"liaisonCoverageGaps[*].port.locode")).as("liaisonCoverageGaps(destination: bloc) on " + asOf)
				.isEqualTo(day.getValue() ? List.of("BEANR") : List.of());
		}
	}

	@Test
	void everyPathAgreesThatExtraditionIsJudicialCooperation() {
		homeAndPartner();
		neo4j.query("""
				MATCH (be:State {iso2: 'BE'}), (ec:State {iso2: 'EC'})
				CREATE (t:Treaty {id: 't-be-ec-extradition', title: 'Extradition', kind: 'BILATERAL', status: 'IN_FORCE',
				                  inForceFrom: date('2000-01-01'), version: 1})
				CREATE (t)-[:HAS_CLAUSE]->(:Clause {id: 't-be-ec-extradition-1', type: 'EXTRADITION', binding: true, version: 1})
				CREATE (be)-[:PARTY_TO]->(t), (ec)-[:PARTY_TO]->(t)""").run();
		deriveFacts();

		assertThat(strings("{ clauseTypes { type satisfies } }", "clauseTypes[7].satisfies"))
			.as("clauseTypes: EXTRADITION").containsExactly("EXTRADITION", "JUDICIAL_COOPERATION");
		assertThat(strings("{ treatyGaps(states: [\"EC\"], asOf: \"" + D + "\") { covered } }", "treatyGaps[0].covered"))
			.as("treatyGaps").containsExactly("JUDICIAL_COOPERATION");
		assertThat(strings("{ countryPriorities(asOf: \"" + D + "\") { missingClauseTypes } }",
				"countryPriorities[0].missingClauseTypes")).as("countryPriorities").doesNotContain("JUDICIAL_COOPERATION")
			.hasSize(5);
	}

	/**
	 * Antwerp's 2025 total of 10,000 kg, 6,000 kg of it shipped from EC (a breakdown naming the state
	 * only) and within that the 2,000 kg seizure shipped from the port ECAAA on route r-main: each
	 * place counts the seizures about it once, a total rather than its parts.
	 */
	@Test
	void everyPathSumsASeizureTotalAndItsPartsOnce() {
		homeAndPartner();
		neo4j.query("""
				MATCH (anr:Port {locode: 'BEANR'}), (ec:State {iso2: 'EC'}), (z:Seizure {id: 'z-2025'})
				CREATE (total:Seizure {id: 'z-anr-2025', seizedOn: date('2025-12-31'), drug: 'cocaine', quantityKg: 10000.0,
				                       version: 1})-[:AT]->(anr)
				CREATE (fromEc:Seizure {id: 'z-anr-2025-ec', seizedOn: date('2025-12-31'), drug: 'cocaine', quantityKg: 6000.0,
				                        version: 1})-[:AT]->(anr)
				CREATE (fromEc)-[:SHIPPED_FROM_STATE]->(ec), (fromEc)-[:PART_OF]->(total), (z)-[:PART_OF]->(fromEc)
				WITH z MATCH (route:TraffickingRoute {id: 'r-main'}) CREATE (z)-[:ON_ROUTE]->(route)""").run();
		deriveFacts();

		assertThat(number("{ portExposure(locode: \"BEANR\") { seizuresByYear { seizedAtKg } } }",
				"portExposure.seizuresByYear[0].seizedAtKg")).as("portExposure: seized at BEANR").isEqualTo(10000.0);
		assertThat(number("{ portExposure(locode: \"ECAAA\") { seizuresByYear { shippedFromKg } } }",
				"portExposure.seizuresByYear[0].shippedFromKg")).as("portExposure: shipped from ECAAA").isEqualTo(2000.0);
		assertThat(number("{ liaisonCoverageGaps(destination: \"BEANR\") { seizedKgShippedFrom } }",
				"liaisonCoverageGaps[0].seizedKgShippedFrom")).as("liaisonCoverageGaps: shipped from ECAAA").isEqualTo(2000.0);
		assertThat(number("{ countryPriorities { components { raw } } }", "countryPriorities[0].components[1].raw"))
			.as("countryPriorities: shipped from EC").isEqualTo(6000.0);
		assertThat(number("{ countryPriorities { routes { seizedKg } } }", "countryPriorities[0].routes[0].seizedKg"))
			.as("countryPriorities: seized on r-main").isEqualTo(2000.0);
		assertThat(number("{ sanctionCandidates { seizedKg } }", "sanctionCandidates[0].seizedKg"))
			.as("sanctionCandidates: shipped from EC").isEqualTo(6000.0);
	}

	/**
	 * A total's place has one name, given by one fragment (seizure-total-place): the refresh stores
	 * EC's, ECAAA's, BEANR's and r-main's 2025 totals under the names the fragment gives their nodes,
	 * every analysis that reads totals finds them by it (the default year is read from the states'
	 * names), and no other statement spells such a name itself.
	 */
	@Test
	void everyPathNamesASeizureTotalsPlaceAlike() throws IOException {
		homeAndPartner();
		neo4j.query("""
				MATCH (z:Seizure {id: 'z-2025'}), (route:TraffickingRoute {id: 'r-main'})
				CREATE (z)-[:ON_ROUTE]->(route)""").run();
		deriveFacts();
		List<String> named = List.copyOf(neo4j.query(queries.assemble("""
				MATCH (s:State {iso2: 'EC'}) RETURN {{seizure-total-place('State', s.iso2)}} AS place
				UNION MATCH (p:Port) RETURN {{seizure-total-place('Port', p.locode)}} AS place
				UNION MATCH (r:TraffickingRoute) RETURN {{seizure-total-place('TraffickingRoute', r.id)}} AS place""",
				"RuleAgreementTests")).fetchAs(String.class).all());
		assertThat(named).containsExactlyInAnyOrder("State:EC", "Port:BEANR", "Port:ECAAA", "TraffickingRoute:r-main");
		assertThat(neo4j.query("MATCH (t:SeizureTotal) RETURN t.place + ' ' + t.year").fetchAs(String.class).all())
			.as("stored").containsExactlyInAnyOrderElementsOf(named.stream().map(place -> place + " 2025").toList());

		assertThat(strings("{ countryPriorities { year components { facts { key } } } }",
				"countryPriorities[0].components[1].facts[*].key")).as("countryPriorities").containsExactly("State:EC 2025");
		assertThat(number("{ countryPriorities { year } }", "countryPriorities[0].year")).as("latest year").isEqualTo(2025.0);
		assertThat(number("{ countryPriorities { routes { seizedKg } } }", "countryPriorities[0].routes[0].seizedKg"))
			.as("countryPriorities: r-main").isEqualTo(2000.0);
		assertThat(strings("{ sanctionCandidates { criteria { facts { key } } } }",
				"sanctionCandidates[0].criteria[1].facts[*].key")).as("sanctionCandidates").containsExactly("State:EC 2025");
		assertThat(number("{ portExposure(locode: \"BEANR\") { seizuresByYear { seizedAtKg } } }",
				"portExposure.seizuresByYear[0].seizedAtKg")).as("portExposure").isEqualTo(2000.0);
		assertThat(strings("{ liaisonCoverageGaps(destination: \"BEANR\") { facts { key } } }",
				"liaisonCoverageGaps[0].facts[*].key")).as("liaisonCoverageGaps").contains("Port:ECAAA 2025");

		var spelled = Pattern.compile("'(State|Port|TraffickingRoute):");
		try (var files = Files.walk(Path.of("queries"))) {
			assertThat(files.filter(f -> f.toString().endsWith(".cypher"))
				.filter(f -> !f.endsWith(Path.of("fragments", "seizure-total-place.cypher")))
				.filter(f -> spelled.matcher(read(f)).find())
				.map(Path::toString)
				.toList()).as("statements that spell a total's place themselves").isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Ecuadorians in Belgian prisons: 30 on 2024-01-01 (real), 40 on D itself (invented, graded F) and
	 * 50 the day after D (real). On D the latest reference date is 2024-01-01 by default (the day after
	 * is too late, the invented one left out) and D itself with the invented facts (the day of counts).
	 */
	@Test
	void everyPathAgreesOnTheLatestReferenceDateOfThePrisonFigures() {
		homeAndPartner();
		neo4j.query("""
				CREATE (:Source {id: 'real', title: 'Real', reliability: 'B', version: 1}),
				       (:Source {id: 'illustrative', title: 'Invented', reliability: 'F', version: 1})
				WITH 1 AS one
				MATCH (ec:State {iso2: 'EC'}), (be:State {iso2: 'BE'})
				CREATE (ec)-[:DETAINED_IN {date: date('2024-01-01'), measure: 'PRISON_POPULATION', count: 30, source: 'real', version: 1}]->(be),
				       (ec)-[:DETAINED_IN {date: date('2025-06-15'), measure: 'PRISON_POPULATION', count: 40, source: 'illustrative', version: 1}]->(be),
				       (ec)-[:DETAINED_IN {date: date('2025-06-16'), measure: 'PRISON_POPULATION', count: 50, source: 'real', version: 1}]->(be)""")
			.run();
		for (boolean invented : List.of(false, true)) {
			String args = "asOf: \"" + D + "\", includeIllustrative: " + invented;
			double expected = invented ? 40 : 30;
			assertThat(number("{ readmissionGaps(" + args + ") { detained { count } } }", "readmissionGaps[0].detained.count"))
				.as("readmissionGaps, invented " + invented).isEqualTo(expected);
			assertThat(number("{ countryPriorities(" + args + ") { detained { count } } }", "countryPriorities[0].detained.count"))
				.as("countryPriorities, invented " + invented).isEqualTo(expected);
			assertThat(number("{ countryPriorities(" + args + ") { components { raw } } }", "countryPriorities[0].components[4].raw"))
				.as("countryPriorities' readmission gap, invented " + invented).isEqualTo(expected);
		}
	}

	/**
	 * BE and EC, a port in each, an active route between them, 2,000 kg seized in 2025 shipped from
	 * EC, a corruption score of 20 and 10 Ecuadorians convicted in 2025: EC is compared by every
	 * country analysis and is a sanction candidate unless a cooperation treaty is in force.
	 */
	private void homeAndPartner() {
		neo4j.query("""
				CREATE (be:State {iso2: 'BE', name: 'Belgium', region: 'Europe', version: 1})
				CREATE (ec:State {iso2: 'EC', name: 'Ecuador', region: 'Americas', version: 1})
				CREATE (anr:Port {locode: 'BEANR', name: 'Antwerp', version: 1})-[:IN_STATE]->(be)
				CREATE (gye:Port {locode: 'ECAAA', name: 'Port A', version: 1})-[:IN_STATE]->(ec)
				CREATE (route:TraffickingRoute {id: 'r-main', name: 'Main', commodity: 'COCAINE', modality: 'CONTAINER',
				                                active: true, version: 1})
				CREATE (route)-[:CALLS_AT {seq: 0, role: 'ORIGIN'}]->(gye), (route)-[:CALLS_AT {seq: 1, role: 'DESTINATION'}]->(anr)
				CREATE (z:Seizure {id: 'z-2025', seizedOn: date('2025-03-01'), drug: 'cocaine', quantityKg: 2000.0, version: 1})
				CREATE (z)-[:AT]->(anr), (z)-[:SHIPPED_FROM]->(gye)
				CREATE (cpi:Index {code: 'TI-CPI', name: 'CPI', version: 1})
				CREATE (ec)-[:RATED {year: 2024, score: 20.0, version: 1}]->(cpi)
				CREATE (ec)-[:NATIONALS_CONVICTED {year: 2025, count: 10, version: 1}]->(be)""").run();
		deriveFacts();
	}

	private List<String> inForceField() {
		var treaties = graphQl.document("{ treaties(first: 100) { nodes { id inForceOn(date: \"" + D + "\") } } }")
			.execute()
			.path("treaties.nodes")
			.entityList(Map.class)
			.get();
		return treaties.stream().filter(t -> Boolean.TRUE.equals(t.get("inForceOn"))).map(t -> (String) t.get("id")).toList();
	}

	private double number(String document, String path) {
		return graphQl.document(document).execute().path(path).entity(Double.class).get();
	}

	private List<String> strings(String document, String path) {
		return graphQl.document(document).execute().path(path).entityList(String.class).get();
	}

	private static Map<String, Object> treaty(String id, String status, String from, String until) {
		return treaty(id, status, from, until, null);
	}

	private static Map<String, Object> treaty(String id, String status, String from, String until, String signed) {
		var treaty = new java.util.HashMap<String, Object>();
		treaty.put("id", id);
		treaty.put("status", status);
		treaty.put("from", from);
		treaty.put("until", until);
		treaty.put("signed", signed);
		return treaty;
	}

	private static Map<String, Object> officer(String id, String port, String since, String until) {
		var officer = new java.util.HashMap<String, Object>();
		officer.put("id", id);
		officer.put("port", port);
		officer.put("since", since);
		officer.put("until", until);
		return officer;
	}

}
