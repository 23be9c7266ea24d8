// Asks the application to compute the yearly seizure totals of each state's active routes (V0089) of
// a graph that has routes but none yet: their rule lives in queries/, which a migration cannot use, so
// neo4j/PendingBackfill computes them at the next start (after the facts they read), then removes this request.
MERGE (:PendingBackfill {derived: 'StateRouteTotals'});
