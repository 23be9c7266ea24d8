// Each state's active routes (StateRoutes, V0075) also hold the ports each route passes before its
// last call at the state (feeders), which liaisonCoverageGaps reads toward a bloc: neo4j/PendingBackfill
// computes the route facts again at the next start, from the rules in queries/ (which a migration
// cannot use).
MERGE (:PendingBackfill {derived: 'RouteFacts'});
