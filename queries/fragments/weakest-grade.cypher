// The weakest of a list of Admiralty grades (F weakest, then E ... A), nulls left out; null for none.
// source/Provenance.weakest is the same rule in Java; ProvenanceTests holds them to each other.
// parameters: grades
reduce(weakest = null, g IN {grades} | CASE WHEN g IS NULL OR weakest >= g THEN weakest ELSE g END)
