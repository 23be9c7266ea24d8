// The kinds of clause of the bilateral treaties between a home state and another state, with the
// span of days each is in force (GraphModel.DERIVED), one per kind and span.
CREATE CONSTRAINT bilateral_clause_kind_key IF NOT EXISTS FOR (k:BilateralClauseKind) REQUIRE (k.home, k.state, k.type, k.binding, k.from) IS UNIQUE;
// The kinds of one home (countryPriorities reads them all, with the state named as existing) and
// of one pair of states (computed again after a write), which the key's index cannot answer.
CREATE INDEX bilateral_clause_kind_pair IF NOT EXISTS FOR (k:BilateralClauseKind) ON (k.home, k.state);
