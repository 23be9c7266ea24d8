/**
 * What every GraphQL endpoint shares: paging (Relay connections and cursors), the error types and
 * their classification, input checks, the scalars, multipart requests, the request's deadline and
 * its user. It is shared infrastructure: it may use no other module, and every module that serves
 * or reads the graph lists it.
 */
@ApplicationModule(displayName = "GraphQL API support", allowedDependencies = {})
package org.liaisongraph.api;

import org.springframework.modulith.ApplicationModule;
