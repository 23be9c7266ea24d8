package org.liaisongraph.security;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user who logs in with a name and password, as an ADMIN sees it: never the password or its hash.
 * Version and password date exist only for users kept in the graph.
 */
record UserAccount(String name, List<Role> roles, boolean enabled, UserOrigin origin, Long version,
		OffsetDateTime passwordSetAt) {
}
