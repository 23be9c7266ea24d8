/**
 * The application's own settings that are not any one module's: the perspective the graph is read
 * from ({@code liaison.home-state}). It may use no other module; the analyses read it.
 */
@ApplicationModule(displayName = "Configuration", allowedDependencies = {})
package org.liaisongraph.config;

import org.springframework.modulith.ApplicationModule;
