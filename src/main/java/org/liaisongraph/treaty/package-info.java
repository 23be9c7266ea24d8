/**
 * Treaties, their parties and typed clauses, served over GraphQL. It reads through {@code neo4j}
 * and the shared {@code api} support, and uses {@code state} for the states and blocs party to a
 * treaty, {@code source} for the sources of its facts and {@code compiled} to read its nested lists
 * in one statement (it declares them there). It keeps the bilateral clause kinds derived from the
 * treaties in step with every write's published change, and imports through its {@code kinds}
 * interface ({@code BilateralClauseKinds}). Its {@code vocabulary} (treaty kinds and
 * statuses, clause types) is what the graph model lists.
 */
@ApplicationModule(displayName = "Treaties", allowedDependencies = { "api", "compiled", "neo4j", "source", "state" })
package org.liaisongraph.treaty;

import org.springframework.modulith.ApplicationModule;
