package org.liaisongraph;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTests {

	@Test
	void featurePackagesDependOnEachOtherWithoutCycles() {
		ApplicationModules.of(LiaisonGraphApplication.class).verify();
	}

}
