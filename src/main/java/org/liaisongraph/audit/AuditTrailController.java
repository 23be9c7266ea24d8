package org.liaisongraph.audit;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.stream.Stream;

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
import org.springframework.stereotype.Controller;

/**
 * The audit trail: ADMIN reads everyone's changes, other roles their own. The restricted properties
 * in a recorded state are hidden by the schema's {@code @recordedState}, wherever an entry is read.
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
	Connection<AuditEntry> auditTrail(@Argument EntityRef entity, @Argument OffsetDateTime since,
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
		return paging.page(subrange, env, p -> trail.entries(entityType, entityKey, since, user, p));
	}

	/** An entity named by label and key. */
	record EntityRef(String type, String key) {
	}

}
