package org.liaisongraph.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.json.JsonMapper;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Writes audit entries in the caller's transaction, so a change and its record commit or roll back
 * together.
 */
@Service
public class AuditLog {

	private static final String CREATE = """
			CREATE (e:AuditEntry {id: coalesce($id, randomUUID()), at: $at, user: $user, operation: $operation,
			  entityType: $entityType, entityKey: $entityKey, related: $related, before: $before, after: $after,
			  changed: $changed, source: $source, summary: $summary})
			RETURN e.id""";

	private final Neo4jClient client;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditLog(Neo4jClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/** Records the change and returns the id of its entry. */
	public String record(AuditRecord record) {
		return record(null, record);
	}

	/** Records the change under the entry id given (null: a new one) and returns the id. */
	String record(String id, AuditRecord record) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		// in UTC, like the graph's other timestamps
		parameters.put("at", clock.instant().atOffset(ZoneOffset.UTC));
		parameters.put("user", record.user());
		parameters.put("operation", record.operation());
		parameters.put("entityType", record.entityType());
		parameters.put("entityKey", record.entityKey());
		parameters.put("related", new ArrayList<>(new LinkedHashSet<>(record.related())));
		parameters.put("before", toJson(record.before()));
		parameters.put("after", toJson(record.after()));
		parameters.put("changed", changed(record.before(), record.after()));
		parameters.put("source", record.source());
		parameters.put("summary", record.summary());
		return client.query(CREATE).bindAll(parameters).fetchAs(String.class).one().orElseThrow();
	}

	/** The fields whose value differs between before and after, in name order. */
	static List<String> changed(Map<String, Object> before, Map<String, Object> after) {
		Set<String> fields = new TreeSet<>();
		Map<String, Object> b = (before != null) ? before : Map.of();
		Map<String, Object> a = (after != null) ? after : Map.of();
		fields.addAll(b.keySet());
		fields.addAll(a.keySet());
		fields.removeIf(f -> Objects.equals(b.get(f), a.get(f)));
		return List.copyOf(fields);
	}

	private String toJson(Map<String, Object> state) {
		if (state == null) {
			return null;
		}
		return json.writeValueAsString(new TreeMap<>(state));
	}

}
