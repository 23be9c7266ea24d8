package org.liaisongraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ClockConfigurationTests {

	@Test
	void todayIsTheConfiguredZonesDate() {
		var clock = new ClockConfiguration().clock(new LiaisonProperties("BE", ZoneId.of("Pacific/Kiritimati")));
		assertThat(clock.getZone()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
	}

	@Test
	void withoutAZoneTodayIsTheSystemsDate() {
		var clock = new ClockConfiguration().clock(new LiaisonProperties("BE", null));
		assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
	}

}
