/**
 * The database: the embedded Neo4j server and its start, the schema migrations, {@code GraphReader}
 * (the one way reads run Cypher), the {@code NamedQueries} loaded from {@code queries/} and
 * {@code DeadlineBoundDriver}, which ends every transaction of a request at its deadline. It is
 * shared infrastructure that may use only {@code api}, for paging and the request's deadline.
 */
@ApplicationModule(displayName = "Neo4j", allowedDependencies = { "api" })
package org.liaisongraph.neo4j;

import org.springframework.modulith.ApplicationModule;
