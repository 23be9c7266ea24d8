// Asks the application to compute the bilateral clause kinds of a graph that has treaties but no
// kinds yet: the rules live in queries/fragments (home-side, treaty-in-force, bilateral), which a
// migration cannot use, so treaty/BilateralClauseKindsBackfill computes them at the next start, then
// removes this request.
MERGE (:PendingBackfill {derived: 'BilateralClauseKind'});
