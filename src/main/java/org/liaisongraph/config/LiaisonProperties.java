package org.liaisongraph.config;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The perspective the graph is read from.
 *
 * @param homeState ISO 3166-1 alpha-2 code of the home state: "bilateral" means a treaty between it
 *                  (or a bloc it belongs to) and exactly one other state
 * @param timeZone  the zone whose date is "today" when a date argument is left out; null for the
 *                  system's default zone
 */
@ConfigurationProperties("liaison")
public record LiaisonProperties(@DefaultValue("BE") String homeState, ZoneId timeZone) {
}
