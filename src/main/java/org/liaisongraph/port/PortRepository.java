package org.liaisongraph.port;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface PortRepository extends Neo4jRepository<Port, String> {
}
