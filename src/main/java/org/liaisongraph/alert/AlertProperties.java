package org.liaisongraph.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code liaison.alerts.*}: how often the subscription looks for new alerts.
 *
 * @param interval time between two looks; each pushes the alerts not pushed before to the subscriber
 */
@ConfigurationProperties("liaison.alerts")
public record AlertProperties(@DefaultValue("1h") Duration interval) {
}
