// Asks the application to compute the seizure totals of a graph that has seizures but no totals yet:
// the counting rule lives in queries/fragments/seizure-counted.cypher, which a migration cannot use,
// so route/SeizureTotalsBackfill computes them at the next start, then removes this request.
MERGE (:PendingBackfill {derived: 'SeizureTotal'});
