package org.liaisongraph.security;

/** Where a password user is defined, which says where to change it. */
enum UserOrigin {

	/** Added by an ADMIN over GraphQL, kept in the graph. */
	GRAPH,

	/** In {@code liaison.security.users}. */
	CONFIGURED,

	/** A demo user, there while no user is configured. */
	DEMO

}
