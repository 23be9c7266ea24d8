package org.liaisongraph.treaty;

import java.util.Map;

import org.liaisongraph.compiled.NestedList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code State.treaties} and {@code Treaty.clauses} as the compiled path writes them: the same
 * paths, conditions and order as their loaders' statements in {@link TreatyQueries}, the in-force
 * rule from its fragment.
 */
@Configuration(proxyBeanMethods = false)
class TreatyNestedLists {

	@Bean
	NestedList stateTreatiesList() {
		return new NestedList("State", "treaties", "Treaty", "({parent})-[:PARTY_TO]->({child}:Treaty)",
				Map.of("kind", "{child}.kind = {value}", "inForceOn", "{{treaty-in-force({child}, {value})}}"));
	}

	@Bean
	NestedList treatyClausesList() {
		return new NestedList("Treaty", "clauses", "Clause", "({parent})-[:HAS_CLAUSE]->({child}:Clause)", Map.of());
	}

}
