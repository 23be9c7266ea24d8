// Asks the application to compute the derived route facts (V0074) of a graph that has routes but
// none yet: their rules live in queries/, which a migration cannot use, so route/RouteFactsBackfill
// computes them at the next start, then removes this request.
MERGE (:PendingBackfill {derived: 'RouteFacts'});
