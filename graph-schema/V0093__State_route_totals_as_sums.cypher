// The yearly seizure totals of each state's active routes (V0089) hold the sum of the routes'
// kilograms instead of a list of each route's: the lists are removed here and neo4j/PendingBackfill
// computes the sums at the next start, from the rule in queries/ (which a migration cannot use).
MATCH (routeTotals:StateRouteTotals) DELETE routeTotals;
MERGE (:PendingBackfill {derived: 'StateRouteTotals'});
