package org.liaisongraph.source;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;

class SourceQueryTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		loadFixture();
	}

	@Test
	void sourcesAreFilteredByReliabilityAndPublisher() {
		graphQl.documentName("sources").execute().path("sources.nodes[*].id").entityList(String.class)
			.containsExactly("illustrative", "src-a");
		graphQl.documentName("sources").variable("filter", Map.of("reliability", "f")).execute()
			.path("sources.nodes[*].id").entityList(String.class).containsExactly("illustrative");
		graphQl.documentName("sources").variable("filter", Map.of("publisherContains", "test pub")).execute()
			.path("sources.nodes[*].licence").entityList(String.class).containsExactly("CC0");
	}

}
