package org.liaisongraph.state;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface StateRepository extends Neo4jRepository<State, String> {
}
