package org.liaisongraph.liaison;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liaisongraph.agency.Agency;
import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.liaisongraph.neo4j.NamedQueries;
import org.liaisongraph.port.Port;
import org.liaisongraph.state.State;
import org.springframework.stereotype.Service;

/** Reads of liaison officers, their postings, and posts. */
@Service
class LiaisonQueries {

	private static final String OFFICERS = """
			MATCH (n:LiaisonOfficer)
			WHERE ($role IS NULL OR n.role = $role)
			  AND ($accreditedTo IS NULL OR EXISTS { (n)-[:ACCREDITED_TO]->(:State {iso2: $accreditedTo}) })
			  AND ($postedAt IS NULL OR EXISTS { (n)-[:POSTED_AT]->(:Port {locode: $postedAt}) })
			  AND ($agency IS NULL OR EXISTS { (n)-[:SENT_BY]->(:Agency {code: $agency}) })
			  AND ($activeOn IS NULL OR {{officer-posted(n, $activeOn)}})""";

	private static final String POSTED = """
			UNWIND $keys AS key
			MATCH (n:LiaisonOfficer {id: key.id})
			RETURN key, {{officer-posted(n, key.on)}} AS posted""";

	private static final String PORT_OF_OFFICERS = """
			MATCH (o:LiaisonOfficer)-[:POSTED_AT]->(n:Port) WHERE o.id IN $keys RETURN o.id AS key, n""";

	private static final String STATE_OF_OFFICERS = """
			MATCH (o:LiaisonOfficer)-[:ACCREDITED_TO]->(n:State) WHERE o.id IN $keys RETURN o.id AS key, n""";

	private static final String AGENCY_OF_OFFICERS = """
			MATCH (o:LiaisonOfficer)-[:SENT_BY]->(n:Agency) WHERE o.id IN $keys RETURN o.id AS key, n""";

	private static final String POST_OF_OFFICERS = """
			MATCH (o:LiaisonOfficer)-[:ATTACHED_TO]->(n:Post) WHERE o.id IN $keys RETURN o.id AS key, n""";

	private static final String OFFICERS_AT_PORTS = """
			MATCH (n:LiaisonOfficer)-[:POSTED_AT]->(p:Port) WHERE p.locode IN $keys RETURN p.locode AS key, n ORDER BY n.id""";

	private static final String STATE_OF_POSTS = """
			MATCH (p:Post)-[:IN_STATE]->(n:State) WHERE p.id IN $keys RETURN p.id AS key, n""";

	private static final String PORTS_COVERED = """
			MATCH (p:Post)-[:COVERS]->(n:Port) WHERE p.id IN $keys RETURN p.id AS key, n ORDER BY n.locode""";

	private final GraphReader reader;

	private final String officersCypher;

	private final String postedCypher;

	LiaisonQueries(GraphReader reader, NamedQueries queries) {
		this.reader = reader;
		this.officersCypher = queries.assemble(OFFICERS, "LiaisonQueries.OFFICERS");
		this.postedCypher = queries.assemble(POSTED, "LiaisonQueries.POSTED");
	}

	PageOfItems<LiaisonOfficer> officers(LiaisonOfficerFilter filter, PageBounds page) {
		return reader.page(LiaisonOfficer.class, officersCypher, filter.parameters(), page);
	}

	/** Whether each officer is posted on its date. */
	Map<OfficerOnDate, Boolean> posted(Collection<OfficerOnDate> keys) {
		return reader.single(postedCypher, keys, OfficerOnDate::parameter, r -> r.get("posted").asBoolean());
	}

	/** An officer and the date {@code LiaisonOfficer.activeOn} asks about. */
	record OfficerOnDate(String id, LocalDate on) {

		Map<String, Object> parameter() {
			return Map.of("id", id, "on", on);
		}

	}

	Map<LiaisonOfficer, Port> portOf(Collection<LiaisonOfficer> officers) {
		return reader.single(PORT_OF_OFFICERS, officers, LiaisonOfficer::id, r -> reader.node(Port.class, r.get("n")));
	}

	Map<LiaisonOfficer, State> accreditedTo(Collection<LiaisonOfficer> officers) {
		return reader.single(STATE_OF_OFFICERS, officers, LiaisonOfficer::id, r -> reader.node(State.class, r.get("n")));
	}

	Map<LiaisonOfficer, Agency> agencyOf(Collection<LiaisonOfficer> officers) {
		return reader.single(AGENCY_OF_OFFICERS, officers, LiaisonOfficer::id, r -> reader.node(Agency.class, r.get("n")));
	}

	Map<LiaisonOfficer, Post> postOf(Collection<LiaisonOfficer> officers) {
		return reader.single(POST_OF_OFFICERS, officers, LiaisonOfficer::id, r -> reader.node(Post.class, r.get("n")));
	}

	Map<Port, List<LiaisonOfficer>> officersAt(Collection<Port> ports) {
		return reader.grouped(OFFICERS_AT_PORTS, Map.of(), ports, Port::locode,
				r -> reader.node(LiaisonOfficer.class, r.get("n")));
	}

	Map<Post, State> stateOf(Collection<Post> posts) {
		return reader.single(STATE_OF_POSTS, posts, Post::id, r -> reader.node(State.class, r.get("n")));
	}

	Map<Post, List<Port>> covers(Collection<Post> posts) {
		return reader.grouped(PORTS_COVERED, Map.of(), posts, Post::id, r -> reader.node(Port.class, r.get("n")));
	}

}
