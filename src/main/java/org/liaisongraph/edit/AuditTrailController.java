package org.liaisongraph.edit;

import java.time.OffsetDateTime;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import org.liaisongraph.api.BadRequestException;
import org.liaisongraph.api.Connection;
import org.liaisongraph.api.Paging;
import org.liaisongraph.audit.AuditEntry;
import org.liaisongraph.audit.AuditTrail;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class AuditTrailController {

	private final AuditTrail trail;

	private final Paging paging;

	AuditTrailController(AuditTrail trail, Paging paging) {
		this.trail = trail;
		this.paging = paging;
	}

	@QueryMapping
	Connection<AuditEntry> auditTrail(@Argument EntityRef entity, @Argument OffsetDateTime since,
			ScrollSubrange subrange, DataFetchingEnvironment env) {
		String type = null;
		String key = null;
		if (entity != null) {
			var problems = new Problems();
			EntityForm form = EntityForm.of(entity.type())
				.orElseThrow(() -> new BadRequestException("entity.type", "'" + entity.type() + "' is not one of "
						+ EntityForm.ALL.stream().map(EntityForm::label).toList()));
			key = EditSupport.key(List.of(form.label()), entity.key(), "entity.key", problems);
			problems.throwIfAny();
			type = form.label();
		}
		String entityType = type;
		String entityKey = key;
		return paging.page(subrange, env, page -> trail.entries(entityType, entityKey, since, page));
	}

	/** An entity named by label and key. */
	record EntityRef(String type, String key) {
	}

}
