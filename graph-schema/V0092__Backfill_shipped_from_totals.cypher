// Asks the application to compute the ports' kilograms shipped from them over all years (V0091) of a
// graph whose yearly seizure totals are already there: the rule lives in queries/, which a migration
// cannot use, so neo4j/PendingBackfill computes them at the next start, then removes this
// request.
MERGE (:PendingBackfill {derived: 'ShippedFromTotal'});
