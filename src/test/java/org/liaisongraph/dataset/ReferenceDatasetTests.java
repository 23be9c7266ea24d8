package org.liaisongraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

class ReferenceDatasetTests extends IntegrationTest {

	@Autowired
	ReferenceDataset dataset;

	@Test
	void theReferenceDatasetLoadsOnceWithEveryFactSourced() {
		assertThat(dataset.load()).isTrue();

		assertThat(count("MATCH (n:State) RETURN count(n)")).isEqualTo(249);
		assertThat(count("MATCH (n:Port) RETURN count(n)")).isGreaterThanOrEqualTo(60);
		assertThat(count("MATCH (n:Port) WHERE NOT (n)-[:IN_STATE]->(:State) RETURN count(n)")).isZero();
		assertThat(count("MATCH ()-[r:RATED]->(:Index {code: 'TI-CPI'}) WHERE r.year < 2017 RETURN count(r)")).isZero();
		assertThat(count("MATCH ()-[r:RATED]->(:Index {code: 'TI-CPI'}) RETURN count(r)")).isGreaterThan(1000);
		assertThat(unsourcedNodes("DatasetImport", "AuditEntry")).isZero();
		assertThat(count("MATCH (a)-[r]->() WHERE NOT type(r) IN ['SUPPORTED_BY', 'LEG'] AND r.source IS NULL "
				+ "AND none(l IN labels(a) WHERE l STARTS WITH '__') RETURN count(r)")).isZero();
		assertThat(count("MATCH (n:Source {reliability: 'F'})<-[:SUPPORTED_BY]-(:LiaisonOfficer) RETURN count(n)"))
			.isGreaterThan(0);

		assertThat(dataset.load()).isFalse();
		assertThat(neo4j.query("MATCH (e:AuditEntry {operation: 'import'}) RETURN e.user + ': ' + e.summary")
			.fetchAs(String.class)
			.all()).singleElement().asString().startsWith("reference-dataset: Source.csv: ").contains(", State.csv: 249 rows, ");
	}

	@Test
	void theReferenceDatasetHoldsKnownFacts() {
		dataset.load();

		assertThat(count("MATCH (:State {iso2: 'BE'})-[:MEMBER_OF]->(b:Bloc) WHERE b.code IN ['EU', 'BENELUX'] "
				+ "RETURN count(b)")).isEqualTo(2);
		assertThat(count("MATCH (:State {iso2: 'BE'})-[r:RATED {year: 2024}]->(:Index {code: 'TI-CPI'}) RETURN r.score"))
			.isEqualTo(69);
		assertThat(count("MATCH (:State {iso2: 'EC'})-[r:RATED {year: 2024}]->(:Index {code: 'TI-CPI'}) RETURN r.score"))
			.isEqualTo(32);
		assertThat(count("MATCH (p:Port {locode: 'BEANR'})-[:IN_STATE]->(:State {iso2: 'BE'}) "
				+ "WHERE 51.2 < p.latitude < 51.4 AND 4.1 < p.longitude < 4.4 RETURN count(p)")).isEqualTo(1);
		assertThat(count("MATCH (:Treaty {id: 'un-illicit-traffic-1988'})-[:HAS_CLAUSE]->(c:Clause "
				+ "{type: 'MARITIME_INTERDICTION'}) WHERE c.article CONTAINS '17' RETURN count(c)")).isEqualTo(1);
		assertThat(count("MATCH (:State {iso2: 'BE'})-[:PARTY_TO]->(:Treaty {id: 'un-illicit-traffic-1988'}) "
				+ "RETURN count(*)")).isEqualTo(1);
		assertThat(count("MATCH (:Bloc {code: 'EU'})-[:PARTY_TO]->(t:Treaty)-[:HAS_CLAUSE]->(:Clause {type: 'READMISSION'}) "
				+ "RETURN count(DISTINCT t)")).isGreaterThanOrEqualTo(15);
		assertThat(count("MATCH (a:Agency {code: 'MAOC-N'})<-[:PARTICIPATES_IN]-(:State {iso2: 'NL'}) RETURN count(a)"))
			.isEqualTo(1);
		assertThat(count("MATCH (s:Seizure)-[:AT]->(:Port {locode: 'BEANR'}) RETURN count(s)")).isGreaterThan(5);
	}

}
