package org.liaisongraph.audit;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liaisongraph.api.PageBounds;
import org.liaisongraph.api.PageOfItems;
import org.liaisongraph.neo4j.GraphReader;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Reads of the audit trail, newest first. */
@Service
public class AuditTrailQueries {

	private static final String ENTRY = "MATCH (e:AuditEntry {id: $id}) RETURN e";

	private static final String ENTRIES = """
			MATCH (n:AuditEntry)
			WHERE ($ref IS NULL OR (n.entityType = $type AND n.entityKey = $key) OR $ref IN n.related)
			  AND ($user IS NULL OR n.user = $user)
			  AND ($since IS NULL OR n.at >= $since)""";

	private static final String BETWEEN = """
			MATCH (n:AuditEntry) WHERE n.at >= $since AND n.at < $until
			RETURN n ORDER BY n.at, n.id LIMIT $limit""";

	private final GraphReader reader;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditTrailQueries(GraphReader reader) {
		this.reader = reader;
	}

	public AuditEntry entry(String id) {
		return reader.list(ENTRY, Map.of("id", id), r -> entry(r.get("e"))).getFirst();
	}

	/**
	 * The entries about one entity (label and key; both null for all), at or after {@code since},
	 * made by one user (null for everyone's).
	 */
	public PageOfItems<AuditEntry> entries(String type, String key, OffsetDateTime since, String user, PageBounds page) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("user", user);
		parameters.put("type", type);
		parameters.put("key", key);
		parameters.put("ref", (type != null) ? type + ":" + key : null);
		parameters.put("since", (since != null) ? since.toZonedDateTime() : null);
		return reader.page(ENTRIES, "n.at DESC, n.id", parameters, page, this::entry);
	}

	/** Everyone's entries at or after {@code since} and before {@code until}, oldest first, at most limit. */
	public List<AuditEntry> between(OffsetDateTime since, OffsetDateTime until, int limit) {
		return reader.list(BETWEEN, Map.of("since", since.toZonedDateTime(), "until", until.toZonedDateTime(), "limit",
				limit), r -> entry(r.get("n")));
	}

	private AuditEntry entry(Value e) {
		ZonedDateTime at = e.get("at").asZonedDateTime();
		return new AuditEntry(e.get("id").asString(), at.toOffsetDateTime(), e.get("user").asString(null),
				e.get("operation").asString(), text(e, "entityType"), text(e, "entityKey"),
				e.get("related").isNull() ? List.of() : e.get("related").asList(Value::asString), parsed(e, "before"),
				parsed(e, "after"), e.get("changed").isNull() ? List.of() : e.get("changed").asList(Value::asString),
				text(e, "source"), text(e, "summary"));
	}

	private static String text(Value e, String property) {
		return e.get(property).isNull() ? null : e.get(property).asString();
	}

	private Object parsed(Value e, String property) {
		return e.get(property).isNull() ? null : json.readValue(e.get(property).asString(), Object.class);
	}

}
