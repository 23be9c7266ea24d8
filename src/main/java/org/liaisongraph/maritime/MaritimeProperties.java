package org.liaisongraph.maritime;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What of the maritime and Defence layer users not cleared for restricted fields may not see.
 *
 * @param operationalAge     a deployment that ended less than this long ago, or goes on, is an
 *                           operational detail: the analyses leave it out for users not cleared
 * @param integrityThreshold the smallest integrity count served to users not cleared; a smaller
 *                           total could point at a person and is withheld
 */
@ConfigurationProperties("liaison.maritime")
record MaritimeProperties(@DefaultValue("P90D") Period operationalAge, @DefaultValue("5") int integrityThreshold) {
}
