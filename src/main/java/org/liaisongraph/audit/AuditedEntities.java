package org.liaisongraph.audit;

import java.util.List;

import org.liaisongraph.api.Problems;

/**
 * The entities of the graph whose changes the audit trail files by label and key, as the module
 * that writes them defines them: the labels a client may name and how a typed key is read. The
 * writer implements it, so the audit trail, which every writer uses, depends on none of them.
 */
public interface AuditedEntities {

	/** The labels of the audited entities, in the order a refusal lists them. */
	List<String> labels();

	/**
	 * A key as typed, normalised like the graph stores it; null with a problem on {@code field} when
	 * it is missing or malformed.
	 * @param label one of {@link #labels()}
	 */
	String key(String label, Object raw, String field, Problems problems);

}
