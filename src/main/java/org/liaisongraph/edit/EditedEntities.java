package org.liaisongraph.edit;

import java.util.List;

import org.liaisongraph.api.Problems;
import org.liaisongraph.audit.AuditedEntities;
import org.springframework.stereotype.Component;

/**
 * The entities edit writes, as the audit trail's {@code entity} filter names them: the labels of
 * {@link EntityForm#ALL}, their keys read as every write reads them ({@link EditSupport#key}).
 */
@Component
class EditedEntities implements AuditedEntities {

	@Override
	public List<String> labels() {
		return EntityForm.ALL.stream().map(EntityForm::label).toList();
	}

	@Override
	public String key(String label, Object raw, String field, Problems problems) {
		return EditSupport.key(List.of(label), raw, field, problems);
	}

}
