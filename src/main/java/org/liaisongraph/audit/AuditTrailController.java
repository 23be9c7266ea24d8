package org.liaisongraph.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.liaisongraph.api.Problems;
import org.liaisongraph.security.Access;
import org.liaisongraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/**
 * The audit trail: ADMIN reads everyone's changes, other roles their own. A liaison officer's name
 * in a recorded state is restricted like the field itself: null, with a FORBIDDEN error, for users
 * not cleared for it.
 */
@Controller
class AuditTrailController {

	/** The users an ADMIN manages, audited like entities of the graph model. */
	private static final String USER_ACCOUNT = "UserAccount";

	private final AuditTrailQueries trail;

	private final Paging paging;

	private final Access access;

	private final AuditedEntities entities;

	AuditTrailController(AuditTrailQueries trail, Paging paging, Access access, AuditedEntities entities) {
		this.trail = trail;
		this.paging = paging;
		this.access = access;
		this.entities = entities;
	}

	@QueryMapping
	DataFetcherResult<Connection<AuditEntry>> auditTrail(@Argument EntityRef entity, @Argument OffsetDateTime since,
			ScrollSubrange subrange, DataFetchingEnvironment env) {
		access.require(Role.VIEWER, "reading the audit trail");
		String type = null;
		String key = null;
		if (entity != null && USER_ACCOUNT.equals(entity.type())) {
			// user names are kept in lower case
			type = USER_ACCOUNT;
			key = (entity.key() != null) ? entity.key().strip().toLowerCase(Locale.ROOT) : "";
		}
		else if (entity != null) {
			var problems = new Problems();
			if (!entities.labels().contains(entity.type())) {
				throw new BadRequestException("entity.type", "'" + entity.type() + "' is not one of "
						+ Stream.concat(entities.labels().stream(), Stream.of(USER_ACCOUNT)).toList());
			}
			key = entities.key(entity.type(), entity.key(), "entity.key", problems);
			problems.throwIfAny();
			type = entity.type();
		}
		String entityType = type;
		String entityKey = key;
		String user = access.has(Role.ADMIN) ? null : access.user();
		Connection<AuditEntry> page = paging.page(subrange, env,
				p -> trail.entries(entityType, entityKey, since, user, p));
		return access.clearedForRestricted() ? DataFetcherResult.<Connection<AuditEntry>>newResult().data(page).build()
				: withoutRestricted(page, env);
	}

	private DataFetcherResult<Connection<AuditEntry>> withoutRestricted(Connection<AuditEntry> page,
			DataFetchingEnvironment env) {
		List<GraphQLError> errors = new ArrayList<>();
		List<Connection.Edge<AuditEntry>> edges = new ArrayList<>();
		for (int i = 0; i < page.edges().size(); i++) {
			AuditEntry entry = page.edges().get(i).node();
			List<String> restricted = RestrictedStates.restricted(entry.entityType());
			if (!restricted.isEmpty()) {
				Object before = hide(entry.before(), entry.entityType(), restricted, env, i, "before", errors);
				Object after = hide(entry.after(), entry.entityType(), restricted, env, i, "after", errors);
				entry = new AuditEntry(entry.id(), entry.at(), entry.user(), entry.operation(), entry.entityType(),
						entry.entityKey(), entry.related(), before, after, entry.changed(), entry.sourceId(),
						entry.summary());
			}
			edges.add(new Connection.Edge<>(page.edges().get(i).cursor(), entry));
		}
		return DataFetcherResult.<Connection<AuditEntry>>newResult()
			.data(new Connection<>(edges, page.pageInfo(), page.totalCount()))
			.errors(errors)
			.build();
	}

	private Object hide(Object state, String label, List<String> restricted, DataFetchingEnvironment env, int index,
			String side, List<GraphQLError> errors) {
		if (!(state instanceof Map<?, ?> map)) {
			return state;
		}
		Map<Object, Object> hidden = new LinkedHashMap<>(map);
		for (String field : restricted) {
			if (map.get(field) == null) {
				continue;
			}
			hidden.put(field, null);
			errors.add(GraphqlErrorBuilder.newError()
				.errorType(ErrorType.FORBIDDEN)
				.path(ResultPath.fromList(List.of(env.getField().getResultKey(), "edges", index, "node", side)))
				.message(label + "." + field + " is restricted to the role " + access.restrictedRole() + " and higher")
				.extensions(Map.of("field", field, "requiredRole", access.restrictedRole().name()))
				.build());
		}
		return hidden;
	}

	/** An entity named by label and key. */
	record EntityRef(String type, String key) {
	}

}
