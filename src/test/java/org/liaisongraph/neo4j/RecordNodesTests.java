package org.liaisongraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaisongraph.support.IntegrationTest;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.TypeSystem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;

/**
 * Every node of every entity the application maps, read by {@link RecordNodes} and by Spring Data
 * Neo4j's own mapping, gives equal entities; the entities with only properties are all read by
 * {@link RecordNodes}.
 */
class RecordNodesTests extends IntegrationTest {

	@Autowired
	Neo4jMappingContext context;

	@Autowired
	GraphReader reader;

	@Test
	void everyEntityReadFromANodeEqualsSpringDataNeo4jsMapping() {
		loadFixture();
		var records = new RecordNodes(context);
		List<String> compared = new ArrayList<>();
		for (var entity : context.getPersistentEntities()) {
			Class<?> type = entity.getType();
			if (!type.isRecord()) {
				continue;
			}
			// the label comes from the mapping metadata, not from input
			for (Record row : reader.records("MATCH (n:`" + entity.getPrimaryLabel() + "`) RETURN n", Map.of())) {
				Object read = records.read(type, row.get("n"));
				Object mapped = context.getRequiredMappingFunctionFor(type).apply(TypeSystem.getDefault(), row.get("n"));
				assertThat(read).as("%s read from %s", type.getSimpleName(), row.get("n").asMap()).isNotNull();
				assertThat(read).isEqualTo(mapped);
				compared.add(type.getSimpleName());
			}
		}
		assertThat(compared).contains("State", "Treaty", "Clause", "Port", "TraffickingRoute", "Seizure", "Source",
				"SanctionMeasure", "Bloc", "Index", "LiaisonOfficer");
	}

}
