package org.liaisongraph.agency;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.source.Source;
import org.liaisongraph.state.Bloc;
import org.liaisongraph.state.State;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

/** Reads of agencies, what they belong to, who takes part and whom they share information with. */
@Service
class AgencyQueries {

	private static final String AGENCIES = """
			MATCH (n:Agency)
			WHERE ($kind IS NULL OR n.kind = $kind)
			  AND ($belongsTo IS NULL OR EXISTS { (n)-[:BELONGS_TO]->(o) WHERE o.iso2 = $belongsTo OR o.code = $belongsTo })""";

	private static final String BELONGS_TO = """
			MATCH (a:Agency)-[:BELONGS_TO]->(o) WHERE a.code IN $keys
			RETURN a.code AS key, o, 'State' IN labels(o) AS isState""";

	private static final String PARTICIPANTS = """
			MATCH (a:Agency)<-[p:PARTICIPATES_IN]-(o) WHERE a.code IN $keys
			OPTIONAL MATCH (src:Source {id: p.source})
			RETURN a.code AS key, coalesce(o.iso2, o.code) AS code,
			       CASE WHEN 'State' IN labels(o) THEN 'State' ELSE 'Agency' END AS kind, o.name AS name,
			       p.since AS since, p.staff AS staff, src, p.version AS version
			ORDER BY kind DESC, code""";

	private static final String SHARING = """
			MATCH (a:Agency)-[s:SHARES_INFORMATION_WITH]-(n:Agency) WHERE a.code IN $keys
			OPTIONAL MATCH (src:Source {id: s.source})
			RETURN a.code AS key, n, s.since AS since, s.legalBasis AS legalBasis, src, s.version AS version
			ORDER BY n.code""";

	private final GraphReader reader;

	AgencyQueries(GraphReader reader) {
		this.reader = reader;
	}

	PageOfItems<Agency> agencies(AgencyFilter filter, PageBounds page) {
		return reader.page(Agency.class, AGENCIES, filter.parameters(), page);
	}

	Map<Agency, Object> belongsTo(Collection<Agency> agencies) {
		return reader.single(BELONGS_TO, agencies, Agency::code, this::stateOrBloc);
	}

	Map<Agency, List<Participation>> participants(Collection<Agency> agencies) {
		return reader.grouped(PARTICIPANTS, Map.of(), agencies, Agency::code,
				r -> new Participation(r.get("code").asString(), r.get("kind").asString(), r.get("name").asString(null),
						r.get("since").asLocalDate(null), r.get("staff").isNull() ? null : r.get("staff").asInt(),
						source(r), version(r)));
	}

	Map<Agency, List<InformationSharing>> sharing(Collection<Agency> agencies) {
		return reader.grouped(SHARING, Map.of(), agencies, Agency::code,
				r -> new InformationSharing(reader.node(Agency.class, r.get("n")), r.get("since").asLocalDate(null),
						r.get("legalBasis").asString(null), source(r), version(r)));
	}

	private Object stateOrBloc(Record r) {
		return r.get("isState").asBoolean() ? reader.node(State.class, r.get("o")) : reader.node(Bloc.class, r.get("o"));
	}

	/** The version of the fact the row reads, which a change to it must name. */
	private static Integer version(Record r) {
		return r.get("version").isNull() ? null : r.get("version").asInt();
	}

	private Source source(Record r) {
		return reader.node(Source.class, r.get("src"));
	}

}
