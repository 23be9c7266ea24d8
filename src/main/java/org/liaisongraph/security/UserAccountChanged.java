package org.liaisongraph.security;

import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A user account an ADMIN added, changed or removed, published in the transaction that changed it
 * so that the audit trail records it there: the change and its entry commit or roll back together.
 * The states are those the audit trail shows: never the password or its hash.
 *
 * @param user      who made the change
 * @param operation addUser, updateUser or removeUser
 * @param name      the account's name, in lower case
 * @param before    its state before, null when it was added
 * @param after     its state after, null when it was removed
 */
@NamedInterface("events")
public record UserAccountChanged(String user, String operation, String name, Map<String, Object> before,
		Map<String, Object> after) {

	/** The label of user accounts, under which the audit trail files their changes. */
	public static final String LABEL = "UserAccount";

}
