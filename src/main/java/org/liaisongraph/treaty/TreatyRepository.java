package org.liaisongraph.treaty;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface TreatyRepository extends Neo4jRepository<Treaty, String> {
}
